package org.jwp.ledger.node.ledger;

import org.jwp.ledger.format.StoredEvent;
import org.axonframework.config.EventProcessingConfiguration;
import org.jwp.ledger.node.duties.ReadModelResets;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * The peer's events this build cannot read yet (a newer contract revision or type): stored, chained, verified and
 * replicated like any other, listed here, and left out of read models and reports. Once an upgrade can read them,
 * the node rebuilds its read models at start so they take them in, and forgets them here.
 */
@Component
public class HeldEvents {

    private static final Logger log = LoggerFactory.getLogger(HeldEvents.class);

    private final JdbcTemplate jdbc;
    private final ContractKnowledge contracts;
    private final EventProcessingConfiguration processing;
    private final ReadModelResets resets;

    HeldEvents(JdbcTemplate jdbc, ContractKnowledge contracts, EventProcessingConfiguration processing,
               ReadModelResets resets) {
        this.resets = resets;
        this.jdbc = jdbc;
        this.contracts = contracts;
        this.processing = processing;
    }

    /** Notes the events of a stored batch this build cannot read; in the caller's transaction. */
    public void holdUnreadable(List<StoredEvent> stored) {
        List<StoredEvent> unreadable = stored.stream()
                .filter(e -> !contracts.readable(e.payloadType(), e.payloadRevision())).toList();
        if (unreadable.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("insert into held_event (event_identifier, origin, origin_sequence, payload_type, "
                + "payload_revision) values (?, ?, ?, ?, ?) on conflict do nothing", unreadable, unreadable.size(),
                (ps, e) -> {
                    ps.setString(1, e.eventId());
                    ps.setString(2, e.origin());
                    ps.setLong(3, e.sequence());
                    ps.setString(4, e.payloadType());
                    ps.setString(5, e.payloadRevision());
                });
        log.warn("Holding {} event(s) written by a newer version of the peer's node (first: {} revision {}); "
                + "read models and reports leave them out until this node is upgraded", unreadable.size(),
                unreadable.get(0).payloadType(), unreadable.get(0).payloadRevision());
    }

    public record Held(String eventId, String origin, long sequence, String type, String revision) {
    }

    public List<Held> held() {
        return jdbc.query("select event_identifier, origin, origin_sequence, payload_type, payload_revision "
                + "from held_event order by origin, origin_sequence", (rs, n) -> new Held(rs.getString(1),
                rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5)));
    }

    /** At start: if this build reads events an earlier one held, every read model is rebuilt to take them in. */
    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void takeInWhatThisVersionReads() {
        List<Held> readable = held().stream().filter(h -> contracts.readable(h.type(), h.revision())).toList();
        if (readable.isEmpty()) {
            return;
        }
        log.info("This version reads {} held event(s) (first: {} revision {}): rebuilding the read models",
                readable.size(), readable.get(0).type(), readable.get(0).revision());
        for (String name : processing.eventProcessors().keySet()) {
            processing.eventProcessor(name, TrackingEventProcessor.class).filter(TrackingEventProcessor::supportsReset)
                    .ifPresent(resets::reset);
        }
        readable.forEach(h -> jdbc.update("delete from held_event where event_identifier = ?", h.eventId()));
    }
}
