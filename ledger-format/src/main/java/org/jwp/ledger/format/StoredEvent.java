package org.jwp.ledger.format;

import java.util.Arrays;

/**
 * One row of the ledger exactly as stored: what replication copies byte for byte and what the audit chain hashes.
 * {@code timestamp} stays the string Axon wrote, so it is copied unchanged too; {@code hash} is the event's link in
 * its origin's chain (docs/ledger-format.md).
 */
public record StoredEvent(String origin, long sequence, String eventId, String aggregateId, long aggregateSequence,
                          String aggregateType, String timestamp, String payloadType, String payloadRevision,
                          byte[] payload, byte[] metadata, String hash) {

    /** Same event, same bytes: the test for a harmless re-delivery. */
    public boolean sameAs(StoredEvent other) {
        return origin.equals(other.origin) && sequence == other.sequence && eventId.equals(other.eventId)
                && aggregateId.equals(other.aggregateId) && aggregateSequence == other.aggregateSequence
                && java.util.Objects.equals(aggregateType, other.aggregateType)
                && timestamp.equals(other.timestamp) && payloadType.equals(other.payloadType)
                && java.util.Objects.equals(payloadRevision, other.payloadRevision)
                && Arrays.equals(payload, other.payload) && Arrays.equals(metadata, other.metadata)
                && java.util.Objects.equals(hash, other.hash);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoredEvent other && sameAs(other);
    }

    @Override
    public int hashCode() {
        return eventId.hashCode();
    }

    @Override
    public String toString() {
        return origin + "#" + sequence + " " + payloadType + " " + eventId + " on " + aggregateId + "#"
                + aggregateSequence;
    }
}
