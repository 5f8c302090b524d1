package org.jwp.ledger.node.audit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.jwp.ledger.node.ledger.WriteGate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * What this node does when its own history, as stored, differs from what it signed or from what its peers hold of it
 * (docs/security.md, finding 3): writes close for good (FAILED, health DOWN, replay refused), the first differing
 * sequence is logged and shown, and {@code ledger.integrity.mismatches} counts it.
 */
@Component
public class IntegrityAlarm {

    private static final Logger log = LoggerFactory.getLogger(IntegrityAlarm.class);

    private final WriteGate gate;
    private final Counter mismatches;
    private final AlarmFile kept;
    private volatile String raised;

    IntegrityAlarm(WriteGate gate, MeterRegistry meters, AlarmFile kept) {
        this.gate = gate;
        this.kept = kept;
        this.mismatches = Counter.builder("ledger.integrity.mismatches")
                .description("times this node found its stored chain differing from what it signed or its peers hold")
                .register(meters);
        heed();
    }

    /**
     * An alarm kept in the data folder, by this process before a restart or by another instance of the node, closes
     * writes here too: checked at start, before the start-up comparison, and four times a second after.
     */
    @Scheduled(fixedDelay = 250)
    void heed() {
        if (gate.state() != WriteGate.State.FAILED) {
            kept.read().ifPresent(reason -> {
                raised = reason;
                gate.close(WriteGate.State.FAILED, reason + " (kept in " + kept.file() + " until an administrator "
                        + "has looked and removed it: docs/operations.md)");
                log.error("INTEGRITY: an alarm is kept in {}: {}", kept.file(), reason);
            });
        }
    }

    public void raise(String origin, long firstDifferingSequence, String what) {
        String reason = "this node's stored chain of " + origin + " does not match " + what + "; it differs from "
                + "sequence " + firstDifferingSequence + " on: its history was changed in its database, or it "
                + "recorded over events it had lost (docs/security.md, docs/operations.md)";
        raised = reason;
        mismatches.increment();
        gate.close(WriteGate.State.FAILED, reason);
        kept.write(reason);
        log.error("INTEGRITY: {}", reason);
    }

    /** Why the alarm was raised in this process, or null. */
    public String raised() {
        return raised;
    }
}
