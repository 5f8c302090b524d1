package org.jwp.ledger.node.config;

import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.jwp.ledger.events.Contract;
import org.jwp.ledger.events.EventContracts;
import org.jwp.ledger.events.EventJson;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

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
