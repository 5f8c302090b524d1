package org.jwp.ledger.node.audit;

import org.jwp.ledger.format.Checkpoint;
import org.jwp.ledger.format.Envelope;
import org.jwp.ledger.format.ChainHash;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.jwp.ledger.node.duties.Duties;
import org.jwp.ledger.node.ledger.LedgerStore;
import org.jwp.ledger.node.ledger.NodeIdentity;
import org.jwp.ledger.format.StoredEvent;
import org.jwp.ledger.node.ledger.WriteGate;
import org.jwp.ledger.node.ledger.WritesClosed;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Signs this node's chain head: checkpoints at most 100 events apart, and within {@code ledger.checkpoint.max-wait}
 * (default one second) of the last new event; or on demand. Only one signer runs per node process, so checkpoints are
 * never signed twice for one sequence; of several instances of a node, only the one holding the signer's duty signs on
 * its own (a checkpoint asked for on another instance is signed there, for the head it reads). Signing often keeps small what a node restored from an old backup cannot prove
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
    private final IntegrityAlarm alarm;
    private final Duties duties;
    private final Counter signed;
    private final SignedMark mark;
    /** The last sequence whose hash this signer recomputed from stored bytes, or signed: signing continues from it. */
    private long provenSequence = -1;
    private String provenHash;

    CheckpointSigner(LedgerStore ledger, CheckpointStore checkpoints, NodeKeys keys, NodeIdentity identity,
                     Clock clock, WriteGate gate,
                     @org.springframework.beans.factory.annotation.Value("${ledger.checkpoint.max-wait:PT1S}")
                     Duration maxWait, IntegrityAlarm alarm, Duties duties, MeterRegistry metrics,
                     SignedMark mark) {
        this.mark = mark;
        this.signed = metrics.counter("ledger.audit.checkpoints.signed");
        this.duties = duties;
        duties.want(Duties.CHECKPOINT_SIGNER);
        this.alarm = alarm;
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
        if (!gate.isOpen() || !proven() || !duties.holds(Duties.CHECKPOINT_SIGNER)) {
            return;
        }
        long head = ledger.heads().getOrDefault(origin, 0L);
        Optional<Checkpoint> last = checkpoints.latest(origin);
        long signed = last.map(Checkpoint::sequence).orElse(0L);
        while (head - signed >= MAX_EVENTS_APART && duties.holds(Duties.CHECKPOINT_SIGNER)) {
            // A backlog the self-check has already proven (a node started on a ledger loaded or recovered without
            // checkpoints) is covered by one checkpoint at the proven point; after that, one every 100 events.
            long next = Math.max(signed + MAX_EVENTS_APART, Math.min(provenSequence(), head));
            signed = sign(next).sequence();
        }
        boolean waited = last.map(c -> Duration.between(Instant.parse(c.time()), clock.instant())
                .compareTo(maxWait) >= 0).orElse(true);
        if (head > signed && waited) {
            sign(head);
        }
    }

    /**
     * Where the self-check found the stored chain to agree with everything this node signed: signing continues from
     * there (never from a checkpoint row alone, which a superuser could have deleted after rewriting what followed).
     */
    public synchronized void proven(long sequence, String hash) {
        if (sequence > provenSequence) {
            provenSequence = sequence;
            provenHash = hash;
        }
    }

    private synchronized boolean proven() {
        return provenSequence >= 0;
    }

    private synchronized long provenSequence() {
        return provenSequence;
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
        String hash = recomputed(sequence);
        String time = clock.instant().toString();
        Checkpoint c = new Checkpoint(origin, sequence, hash, time, keys.fingerprint(),
                keys.sign(Checkpoint.statement(origin, sequence, hash, time)));
        checkpoints.add(c);
        mark.keep(c); // outside the database too: what a superuser there cannot delete (docs/security.md)
        signed.increment();
        return c;
    }

    /**
     * The chain hash at {@code sequence} recomputed from the stored events' bytes (docs/security.md, finding 3), from
     * the last point this signer proved: never read from the chain table, which a database superuser could have
     * rewritten together with the events. A stored link that differs is an alarm, and nothing is signed.
     */
    private String recomputed(long sequence) {
        if (provenSequence < 0 || provenSequence > sequence) {
            // Only from a point this process proved: a fresh process signs nothing until its self-check has compared
            // the whole stored chain with every checkpoint this node's key signed, its peers' copies included.
            throw new WritesClosed(WriteGate.State.CHECKING, "this node has not yet checked its own chain since it "
                    + "started");
        }
        long at = provenSequence;
        String hash = provenHash;
        while (at < sequence) {
            List<StoredEvent> page = ledger.after(origin, at, (int) Math.min(1000, sequence - at));
            if (page.isEmpty()) {
                throw new IllegalStateException("no event " + origin + " #" + (at + 1) + " to sign over");
            }
            for (StoredEvent e : page) {
                hash = ChainHash.next(hash, Envelope.canonical(e));
                if (e.sequence() != at + 1 || !hash.equals(e.hash())) {
                    alarm.raise(origin, at + 1, "the hashes recomputed from its stored events");
                    throw new WritesClosed(WriteGate.State.FAILED, alarm.raised());
                }
                at = e.sequence();
            }
        }
        provenSequence = sequence;
        provenHash = hash;
        return hash;
    }
}
