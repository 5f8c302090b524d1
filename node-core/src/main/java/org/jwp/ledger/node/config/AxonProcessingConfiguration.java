package org.jwp.ledger.node.config;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.jwp.ledger.node.ledger.ActingRights;
import org.jwp.ledger.node.ledger.ActingRightsCheck;
import org.jwp.ledger.node.ledger.RecordingMetadata;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

@Configuration(proxyBeanMethods = false)
class AxonProcessingConfiguration {

    /**
     * Axon's default logs a failing projection handler and moves on, which would silently leave a projection short of
     * an event. Propagating makes the tracking processor keep its token, back off and retry that same event.
     */
    @Bean
    ConfigurerModule propagateProjectionFailures(ActingRights rights) {
        return configurer -> configurer.eventProcessing()
                .usingTrackingEventProcessors()
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance())
                .registerDefaultHandlerInterceptor((c, name) -> new ActingRightsCheck(rights))
                .registerTrackingEventProcessorConfiguration(c -> TrackingEventProcessorConfiguration
                        .forSingleThreadedProcessing().andBatchSize(PROJECTION_BATCH));
    }

    /**
     * Events a projection handles in one transaction (and one token update) when it has them waiting: a replay or a
     * catch-up writes in batches; a live event still goes through as soon as it arrives. A failure rolls the whole
     * batch back and retries it.
     */
    static final int PROJECTION_BATCH = 250;

    /** Correlation and trace ids, as Axon gives by default. */
    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    /** Who recorded an event, on which node and when: copied from the command onto every event it causes. */
    @Bean
    CorrelationDataProvider recordingMetadataProvider() {
        return new SimpleCorrelationDataProvider(RecordingMetadata.KEYS);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
