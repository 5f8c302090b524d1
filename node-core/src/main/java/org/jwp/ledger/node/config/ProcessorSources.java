package org.jwp.ledger.node.config;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.lifecycle.Phase;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.ClassUtils;

import java.util.Optional;
import java.util.Set;

/**
 * Each projection's tracking processor reads the store through its own source that carries only the content of the
 * event types its handlers take ({@link HandledTypes}, {@link TypeFilteredReads}). A projection whose handlers could
 * take anything reads the shared store as before.
 */
@Configuration(proxyBeanMethods = false)
class ProcessorSources {

    private static final Logger log = LoggerFactory.getLogger(ProcessorSources.class);
    private static final int PROCESSOR_CACHE = 1_000;

    @Bean
    ConfigurerModule readOnlyHandledTypes(ListableBeanFactory beans, ObjectProvider<Serializer> serializer,
                                          @Qualifier("eventSerializer") ObjectProvider<Serializer> events,
                                          ObjectProvider<PersistenceExceptionResolver> exceptions,
                                          ObjectProvider<ConnectionProvider> connections,
                                          ObjectProvider<TransactionManager> transactions,
                                          ObjectProvider<EventSchema> schema) {
        return configurer -> {
            for (String name : beans.getBeanNamesForAnnotation(ProcessingGroup.class)) {
                Class<?> type = beans.getType(name);
                if (type == null) {
                    continue;
                }
                Class<?> projection = ClassUtils.getUserClass(type);
                ProcessingGroup group = projection.getAnnotation(ProcessingGroup.class);
                Optional<Set<String>> handled = HandledTypes.of(projection);
                if (group == null || handled.isEmpty()) {
                    continue;
                }
                log.debug("processor {} reads the content of {} only", group.value(), handled.get());
                configurer.eventProcessing().registerTrackingEventProcessor(group.value(), c -> {
                    TypeFilteredReads reads = new TypeFilteredReads(schema.getObject(), handled.get());
                    EmbeddedEventStore source = EmbeddedEventStore.builder()
                            .storageEngine(AxonStorageConfiguration.readingOnly(reads, serializer.getObject(),
                                    events.getObject(), exceptions.getObject(), connections.getObject(),
                                    transactions.getObject(), schema.getObject(), c))
                            // As the shared store: a new event reaches the projection within 100 ms.
                            .fetchDelay(100)
                            // One reader: Axon's default cache of 10,000 events per store is heap a node serving
                            // a large report needs (the 1,000,000-event bench ran out of its 512 MB with four).
                            .cachedEvents(PROCESSOR_CACHE)
                            // ... and no shared cache at all: this store has one consumer, so sharing buys
                            // nothing, and a consumer resuming far behind (read models held back during a
                            // catch-up) kept the producer's whole read-ahead reachable until the lagging-consumer
                            // cleanup ran: 365,000 events, and a node of 512 MB out of memory (bench P2).
                            .optimizeEventConsumption(false)
                            .build();
                    c.onShutdown(Phase.INBOUND_EVENT_CONNECTORS - 1, source::shutDown);
                    return (StreamableMessageSource<TrackedEventMessage<?>>) (StreamableMessageSource<?>) source;
                });
            }
        };
    }
}
