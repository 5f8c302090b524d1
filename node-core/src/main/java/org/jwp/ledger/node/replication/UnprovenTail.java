package org.jwp.ledger.node.replication;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jwp.ledger.events.EventContracts;
import org.jwp.ledger.events.EventJson;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.node.ledger.RecordingMetadata;
import org.jwp.ledger.format.StoredEvent;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Events of this node's own chain that a peer handed back beyond the last checkpoint this node signed: kept here, never
 * appended, until an administrator decides on them. Held in memory only: after a restart the comparison fetches them
 * from the peer again, so nothing unproven is ever written to this node's database.
 */
@Component
public class UnprovenTail {

    /** One handed-back event as people read it before deciding: what it is, when, who, and what it says. */
    public record Shown(long sequence, String eventId, String type, String stream, String recordedAt,
                        String recordedBy, String hash, JsonNode says) {
    }

    /**
     * What {@code peer} handed back, in sequence order; {@code problem}: why they cannot be taken as this node's even
     * if an administrator wished to (they do not chain onto its proven head, or time runs backwards), else null.
     */
    record Held(Secretariat peer, List<StoredEvent> events, String problem) {

        long first() {
            return events.get(0).sequence();
        }

        long last() {
            return events.get(events.size() - 1).sequence();
        }

        String lastHash() {
            return events.get(events.size() - 1).hash();
        }
    }

    private static final ObjectMapper JSON = EventJson.mapper();
    private volatile Held held;

    synchronized void hold(Secretariat peer, List<StoredEvent> events, String problem) {
        held = events.isEmpty() ? null : new Held(peer, List.copyOf(events), problem);
    }

    synchronized void clear() {
        held = null;
    }

    Optional<Held> held() {
        return Optional.ofNullable(held);
    }

    /** Why the events waiting cannot be accepted, only refused; empty when they could be either. */
    public Optional<String> problem() {
        return held().map(Held::problem);
    }

    /** The peer that handed them back, or empty when nothing waits for a decision. */
    public Optional<Secretariat> peer() {
        return held().map(Held::peer);
    }

    public List<Shown> shown() {
        return held().map(h -> h.events().stream().map(UnprovenTail::show).toList()).orElse(List.of());
    }

    private static Shown show(StoredEvent e) {
        JsonNode meta = tree(e.metadata());
        return new Shown(e.sequence(), e.eventId(), EventContracts.shortName(e.payloadType()), e.aggregateId(),
                e.timestamp(), meta.path(RecordingMetadata.RECORDED_BY).asText(null), e.hash(), tree(e.payload()));
    }

    private static JsonNode tree(byte[] bytes) {
        try {
            return bytes == null ? JSON.nullNode() : JSON.readTree(bytes);
        } catch (IOException e) {
            // Shown as it came: an administrator must see unreadable content too, to refuse it.
            return JSON.getNodeFactory().textNode(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
