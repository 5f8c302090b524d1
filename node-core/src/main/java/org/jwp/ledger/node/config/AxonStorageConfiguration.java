package org.jwp.ledger.node.config;

import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcSQLErrorCodesResolver;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.jwp.ledger.events.Contract;
import org.jwp.ledger.events.EventContracts;
import org.jwp.ledger.events.EventJson;
import org.jwp.ledger.node.ledger.StoreAppends;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import javax.sql.DataSource;
import java.lang.management.ManagementFactory;
import java.util.UUID;

/**
 * Axon's JDBC event store and token store on the Flyway-made tables (snake_case, bytea), serialising with the
 * contracts' own JSON mapper so the stored bytes are exactly the golden JSON of shared-events.
 */
@Configuration(proxyBeanMethods = false)
class AxonStorageConfiguration {

    @Bean
    EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry")
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .eventIdentifierColumn("event_identifier")
                .metaDataColumn("meta_data")
                .payloadColumn("payload")
                .payloadRevisionColumn("payload_revision")
                .payloadTypeColumn("payload_type")
                .timestampColumn("time_stamp")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .build();
    }

    @Bean
    TokenSchema tokenSchema() {
        return new TokenSchema.Builder()
                .setTokenTable("token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("timestamp")
                .setOwnerColumn("owner")
                .build();
    }

    /**
     * Each process claims projection segments under its own name: several processes on one database (a restart
     * overlapping its predecessor, or a scaled-out node) then share the work instead of both doing it.
     */
    @Bean
    TokenStore tokenStore(ConnectionProvider connections, Serializer serializer, TokenSchema schema) {
        return JdbcTokenStore.builder()
                .connectionProvider(connections)
                .serializer(serializer)
                .schema(schema)
                .contentType(byte[].class)
                .nodeId(ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString()
                        .substring(0, 8))
                .build();
    }

    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new JdbcSQLErrorCodesResolver();
    }

    @Bean
    ConnectionProvider connectionProvider(DataSource dataSource) {
        return new UnitOfWorkAwareConnectionProviderWrapper(new SpringDataSourceConnectionProvider(dataSource));
    }

    @Bean
    EventStorageEngine eventStorageEngine(Serializer serializer, @Qualifier("eventSerializer") Serializer events,
                                          PersistenceExceptionResolver persistenceExceptionResolver,
                                          ConnectionProvider connections, TransactionManager transactions,
                                          EventSchema schema, org.axonframework.config.Configuration config,
                                          StoreAppends appends) {
        return engine(serializer, events, persistenceExceptionResolver, connections, transactions, schema, config)
                // Every local event is linked into its origin's chain by the insert itself (ChainLinkingAppend).
                .appendEvents(new ChainLinkingAppend(appends))
                .build();
    }

    /**
     * The store as one tracking processor reads it: only the content of the event types it handles
     * ({@link TypeFilteredReads}); nothing is appended through it.
     */
    static JdbcEventStorageEngine readingOnly(TypeFilteredReads reads, Serializer serializer, Serializer events,
                                              PersistenceExceptionResolver persistenceExceptionResolver,
                                              ConnectionProvider connections, TransactionManager transactions,
                                              EventSchema schema, org.axonframework.config.Configuration config) {
        return engine(serializer, events, persistenceExceptionResolver, connections, transactions, schema, config)
                .appendEvents((connection, s, type, list, ser, time) -> {
                    throw new IllegalStateException("a processor's reading store appends nothing");
                })
                .readEventDataWithGaps(reads)
                .readEventDataWithoutGaps(reads)
                .build();
    }

    private static JdbcEventStorageEngine.Builder engine(Serializer serializer, Serializer events,
                                                        PersistenceExceptionResolver persistenceExceptionResolver,
                                                        ConnectionProvider connections,
                                                        TransactionManager transactions, EventSchema schema,
                                                        org.axonframework.config.Configuration config) {
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(serializer)
                .eventSerializer(events)
                .upcasterChain(config.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .connectionProvider(connections)
                .transactionManager(transactions)
                .schema(schema)
                // Tracking processors read by global index windows of this size (Axon's default 100): fewer, larger
                // reads when projections are built or rebuilt from a long history.
                .batchSize(1000)
                .dataType(byte[].class);
    }

    /**
     * Replicated events are inserted by SQL, not published through Axon, so tracking processors learn of them only by
     * polling: poll every 100 ms (Axon's default is 1 s) so a peer's event reaches the projections well within a second.
     */
    @Bean
    EmbeddedEventStore eventStore(EventStorageEngine storageEngine, org.axonframework.config.Configuration config) {
        return EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(config.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(config.getComponent(EventBusSpanFactory.class))
                .fetchDelay(100)
                .build();
    }

    @Bean
    RevisionResolver revisionResolver() {
        return type -> type.isAnnotationPresent(Contract.class) ? EventContracts.revisionOf(type) : null;
    }

    @Bean
    @Primary
    Serializer serializer(RevisionResolver revisions) {
        return contractSerializer(revisions);
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer(RevisionResolver revisions) {
        return contractSerializer(revisions);
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer(RevisionResolver revisions) {
        return contractSerializer(revisions);
    }

    private static Serializer contractSerializer(RevisionResolver revisions) {
        return JacksonSerializer.builder()
                .objectMapper(EventJson.mapper())
                .revisionResolver(revisions)
                .build();
    }
}
