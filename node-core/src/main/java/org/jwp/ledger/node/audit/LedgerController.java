package org.jwp.ledger.node.audit;

import org.jwp.ledger.node.ledger.LedgerStore;
import org.jwp.ledger.format.StoredEvent;
import com.fasterxml.jackson.annotation.JsonRawValue;
import org.jwp.ledger.events.EventContracts;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.node.request.Checks;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** The ledger as auditors read it: events per origin in sequence order, and each origin's head. */
@RestController
@RequestMapping("/api/ledger")
class LedgerController {

    static final int MAX_LIMIT = 1000;

    /** Payload and metadata are emitted as the exact stored JSON bytes, so two nodes' answers compare byte for byte. */
    record EventView(String origin, long sequence, String id, String type, String payloadType, String revision,
                     String aggregateId, long aggregateSequence, String time,
                     @JsonRawValue String payload, @JsonRawValue String metadata) {

        static EventView of(StoredEvent e) {
            return new EventView(e.origin(), e.sequence(), e.eventId(), EventContracts.shortName(e.payloadType()),
                    e.payloadType(), e.payloadRevision(), e.aggregateId(), e.aggregateSequence(), e.timestamp(),
                    new String(e.payload(), StandardCharsets.UTF_8),
                    e.metadata() == null ? null : new String(e.metadata(), StandardCharsets.UTF_8));
        }
    }

    record Head(String origin, long sequence) {
    }

    private final LedgerStore store;

    LedgerController(LedgerStore store) {
        this.store = store;
    }

    @GetMapping("/events")
    List<EventView> events(@RequestParam(required = false) Secretariat origin,
                           @RequestParam(defaultValue = "0") long after,
                           @RequestParam(defaultValue = "100") int limit) {
        new Checks().check(after >= 0, "after", "must not be negative")
                .check(limit >= 1 && limit <= MAX_LIMIT, "limit", "must be between 1 and " + MAX_LIMIT)
                .orThrow();
        List<StoredEvent> events = origin == null ? store.all(after, limit) : store.after(origin.name(), after, limit);
        return events.stream().map(EventView::of).toList();
    }

    @GetMapping("/heads")
    List<Head> heads() {
        return store.heads().entrySet().stream().map(e -> new Head(e.getKey(), e.getValue())).toList();
    }
}
