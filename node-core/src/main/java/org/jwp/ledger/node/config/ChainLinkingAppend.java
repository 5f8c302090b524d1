package org.jwp.ledger.node.config;

import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.AppendEventsStatementBuilder;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.TimestampWriter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.jwp.ledger.format.Envelope;
import org.jwp.ledger.node.ledger.RecordingMetadata;
import org.jwp.ledger.format.StoredEvent;
import org.jwp.ledger.node.ledger.StoreAppends;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Axon's insert of this node's events, carrying each event's canonical envelope split around its sequence number, so
 * the store's trigger links the event into its origin's chain in the same statement that assigns the sequence
 * (V7 migration, docs/ledger-format.md). The bytes hashed are exactly the bytes stored: the payload, metadata and
 * timestamp bound here are the ones the envelope is made of.
 */
final class ChainLinkingAppend implements AppendEventsStatementBuilder {

    private final StoreAppends appends;

    ChainLinkingAppend(StoreAppends appends) {
        this.appends = appends;
    }

    private static final String INSERT = """
            insert into domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                                            payload_type, payload_revision, payload, meta_data, chain_prefix,
                                            chain_suffix)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    @Override
    public PreparedStatement build(Connection connection, EventSchema schema, Class<?> dataType,
                                   List<? extends EventMessage<?>> events, Serializer serializer,
                                   TimestampWriter unused) throws SQLException {
        if (dataType != byte[].class) {
            throw new IllegalStateException("the ledger stores payloads as bytea, not " + dataType);
        }
        PreparedStatement statement = connection.prepareStatement(INSERT);
        // The projections at the head read once this group's transaction has committed.
        appends.afterCommit();
        for (EventMessage<?> message : events) {
            DomainEventMessage<?> event = asDomainEvent(message);
            SerializedObject<byte[]> payload = event.serializePayload(serializer, byte[].class);
            SerializedObject<byte[]> metaData = event.serializeMetaData(serializer, byte[].class);
            String time = DateTimeUtils.formatInstant(event.getTimestamp());
            Object origin = event.getMetaData().get(RecordingMetadata.ORIGIN);
            // Sequence 0 stands in for the one the trigger assigns; only its digits differ.
            Envelope.Split split = Envelope.aroundSequence(new StoredEvent(origin == null ? null : origin.toString(), 0,
                    event.getIdentifier(), event.getAggregateIdentifier(), event.getSequenceNumber(), event.getType(),
                    time, payload.getType().getName(), payload.getType().getRevision(), payload.getData(),
                    metaData.getData(), null));
            statement.setString(1, event.getIdentifier());
            statement.setString(2, event.getAggregateIdentifier());
            statement.setLong(3, event.getSequenceNumber());
            statement.setString(4, event.getType());
            statement.setString(5, time);
            statement.setString(6, payload.getType().getName());
            statement.setString(7, payload.getType().getRevision());
            statement.setBytes(8, payload.getData());
            statement.setBytes(9, metaData.getData());
            statement.setBytes(10, split.before());
            statement.setBytes(11, split.after());
            statement.addBatch();
        }
        return statement;
    }

    /** As Axon does for an event published outside an aggregate: its own stream, sequence 0. */
    private static DomainEventMessage<?> asDomainEvent(EventMessage<?> event) {
        return event instanceof DomainEventMessage<?> domain ? domain
                : new GenericDomainEventMessage<>(null, event.getIdentifier(), 0L, event, event::getTimestamp);
    }
}
