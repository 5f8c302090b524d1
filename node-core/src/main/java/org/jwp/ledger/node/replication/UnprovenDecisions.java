package org.jwp.ledger.node.replication;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.jwp.ledger.events.EventContracts;
import org.jwp.ledger.events.EventJson;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.events.recovery.UnprovenEventsRefused;
import org.jwp.ledger.node.ledger.CommandRefused;
import org.jwp.ledger.node.ledger.NodeIdentity;
import org.jwp.ledger.node.ledger.WriteGate;
import org.jwp.ledger.node.ledger.Recording;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;

/**
 * An administrator's answer to events a peer handed back beyond the last checkpoint this node signed. Accepting
 * appends them (chained onto the proven head, as any recovered event) and records the acceptance right after them, in
 * one transaction; refusing appends none and records the refusal at the proven head, so the peer's copy from there on
 * is a divergence this node knows about and no longer stops for.
 */
@Component
class UnprovenDecisions {

    private static final Logger log = LoggerFactory.getLogger(UnprovenDecisions.class);
    private static final ObjectMapper JSON = EventJson.mapper();

    private final UnprovenTail tail;
    private final ForeignEvents events;
    private final WriteGate gate;
    private final Recording recording;
    private final RecoveryLog recoveries;
    private final JdbcTemplate jdbc;
    private final String self;
    private final SelfCheck selfCheck;

    UnprovenDecisions(UnprovenTail tail, ForeignEvents events, WriteGate gate, Recording recording,
                      RecoveryLog recoveries, JdbcTemplate jdbc, NodeIdentity identity, SelfCheck selfCheck) {
        this.selfCheck = selfCheck;
        this.tail = tail;
        this.events = events;
        this.gate = gate;
        this.recording = recording;
        this.recoveries = recoveries;
        this.jdbc = jdbc;
        this.self = identity.secretariat().name();
    }

    @Transactional
    public synchronized String accept(String reason) {
        UnprovenTail.Held held = waiting();
        if (held.problem() != null) {
            throw new CommandRefused("these events cannot be taken as this node's, only refused: " + held.problem(),
                    WriteGate.State.UNPROVEN);
        }
        events.restoreOwn(held.peer(), held.events(), Map.of());
        String id = UnprovenEventsDecision.streamFor(self, held.first(), held.last());
        recording.record(new AcceptUnprovenEvents(id, held.peer(), held.first(), held.last(), held.lastHash(), reason,
                recording.today()));
        recoveries.add(new RecoveryLog.Entry(Instant.now(), held.peer().name(), held.first(), held.last(),
                held.first() - 1));
        decided(held, "accepted");
        return id;
    }

    @Transactional
    public synchronized String refuse(String reason) {
        UnprovenTail.Held held = waiting();
        String id = UnprovenEventsDecision.streamFor(self, held.first(), held.last());
        recording.record(new RefuseUnprovenEvents(id, held.peer(), held.first(), held.last(), held.lastHash(), reason,
                recording.today()));
        decided(held, "refused");
        return id;
    }

    /**
     * Whether this node refused the copy of its chain that {@code peer} holds, up to {@code head} with {@code hash}:
     * the start-up comparison then reports it and goes on instead of closing writes for good.
     */
    boolean refusedCopy(Secretariat peer, long head, String hash) {
        return jdbc.query("select payload from domain_event_entry where origin = ? and payload_type = ?",
                (rs, n) -> refusal(rs.getBytes(1)), self, EventContracts.typeName(UnprovenEventsRefused.class))
                .stream().anyMatch(r -> r.peer() == peer && r.lastSequence() == head && r.lastHash().equals(hash));
    }

    private UnprovenTail.Held waiting() {
        if (gate.state() != WriteGate.State.UNPROVEN) {
            throw new CommandRefused("no events handed back by a peer wait for a decision", gate.state());
        }
        return tail.held().orElseThrow(() -> new CommandRefused("no events handed back by a peer wait for a "
                + "decision", gate.state()));
    }

    /** Once the transaction commits the gate opens; if it rolls back the decision is still waiting. */
    private void decided(UnprovenTail.Held held, String how) {
        TransactionSynchronizationManager.registerSynchronization(
                new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        tail.clear();
                        if (selfCheck.check()) {
                            gate.open(null);
                        }
                        log.warn("Events {}..{} of this node's chain handed back by {} were {} by an administrator",
                                held.first(), held.last(), held.peer(), how);
                    }
                });
    }

    private static UnprovenEventsRefused refusal(byte[] payload) {
        try {
            return JSON.readValue(payload, UnprovenEventsRefused.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
