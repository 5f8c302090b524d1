package org.jwp.ledger.node.audit;

import org.jwp.ledger.node.ledger.LedgerStore;
import org.jwp.ledger.node.ledger.NodeIdentity;
import org.jwp.ledger.node.ledger.WriteGate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Signs this node's chain head: checkpoints at most 100 events apart, and within {@code ledger.checkpoint.max-wait}
 * (default one second) of the last new event; or on demand. Only one signer runs per node process, so checkpoints are
 * never signed twice for one sequence. Signing often keeps small what a node restored from an old backup cannot prove
 * it recorded: only events after its last checkpoint the peer holds (docs/security.md).
 */
@Component
public class CheckpointSigner {

    static final long MAX_EVENTS_APART = 100;

    private final LedgerStore ledger;
    private final CheckpointStore checkpoints;
    private final NodeKeys keys;
    private final String origin;
    private final Clock clock;
    private final WriteGate gate;
    private final Duration maxWait;

    CheckpointSigner(LedgerStore ledger, CheckpointStore checkpoints, NodeKeys keys, NodeIdentity identity,
                     Clock clock, WriteGate gate,
                     @org.springframework.beans.factory.annotation.Value("${ledger.checkpoint.max-wait:PT1S}")
                     Duration maxWait) {
        this.gate = gate;
        this.maxWait = maxWait;
        this.ledger = ledger;
        this.checkpoints = checkpoints;
        this.keys = keys;
        this.origin = identity.secretariat().name();
        this.clock = clock;
    }

    @Scheduled(fixedDelay = 250, initialDelay = 1000)
    public synchronized void tick() {
        // Until the node has compared its chain with its peers' copies, the head here may be an old backup's; the
        // checkpoints the node signed for what follows come back with the recovered events.
        if (!gate.isOpen()) {
            return;
        }
        long head = ledger.heads().getOrDefault(origin, 0L);
        Optional<Checkpoint> last = checkpoints.latest(origin);
        long signed = last.map(Checkpoint::sequence).orElse(0L);
        while (head - signed >= MAX_EVENTS_APART) {
            signed = sign(signed + MAX_EVENTS_APART).sequence();
        }
        boolean waited = last.map(c -> Duration.between(Instant.parse(c.time()), clock.instant())
                .compareTo(maxWait) >= 0).orElse(true);
        if (head > signed && waited) {
            sign(head);
        }
    }

    /** Signs the current head now (or answers the checkpoint that already covers it). */
    public synchronized Optional<Checkpoint> signNow() {
        gate.requireOpen();
        long head = ledger.heads().getOrDefault(origin, 0L);
        if (head == 0) {
            return Optional.empty();
        }
        Optional<Checkpoint> existing = checkpoints.at(origin, head);
        return Optional.of(existing.orElseGet(() -> sign(head)));
    }

    private Checkpoint sign(long sequence) {
        String hash = ledger.chainHash(origin, sequence).orElseThrow(() -> new IllegalStateException(
                "no chain link for " + origin + " #" + sequence));
        String time = clock.instant().toString();
        Checkpoint c = new Checkpoint(origin, sequence, hash, time, keys.fingerprint(),
                keys.sign(Checkpoint.statement(origin, sequence, hash, time)));
        checkpoints.add(c);
        return c;
    }
}
