package org.jwp.ledger.node.config;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.serialization.Serializer;
import org.jwp.ledger.node.ledger.StoreAppends;
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
import java.util.concurrent.TimeUnit;

/**
 * Each projection's tracking processor reads the store through its own source that carries only the content of the
 * event types its handlers take ({@link HandledTypes}, {@link TypeFilteredReads}). A projection whose handlers could
 * take anything reads the shared store as before. Each source reads pages straight from the database and is woken by
 * this process's commits ({@link PollingEventSource}).
 */
@Configuration(proxyBeanMethods = false)
class ProcessorSources {

    private static final Logger log = LoggerFactory.getLogger(ProcessorSources.class);
    @Bean
    ConfigurerModule readOnlyHandledTypes(ListableBeanFactory beans, ObjectProvider<Serializer> serializer,
                                          @Qualifier("eventSerializer") ObjectProvider<Serializer> events,
                                          ObjectProvider<PersistenceExceptionResolver> exceptions,
                                          ObjectProvider<ConnectionProvider> connections,
                                          ObjectProvider<TransactionManager> transactions,
                                          ObjectProvider<EventSchema> schema,
                                          ObjectProvider<StoreAppends> appends) {
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
                    // At the head a projection is woken by this process's commits, or reads again after 100 ms for
                    // another process's appends; between two reads that found nothing, at least 20 ms.
                    PollingEventSource source = new PollingEventSource(AxonStorageConfiguration.readingOnly(reads,
                            serializer.getObject(), events.getObject(), exceptions.getObject(),
                            connections.getObject(), transactions.getObject(), schema.getObject(), c),
                            appends.getObject(), 100, 20, TimeUnit.MILLISECONDS);
                    return source;
                });
            }
        };
    }
}
