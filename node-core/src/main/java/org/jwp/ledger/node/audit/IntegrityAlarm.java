package org.jwp.ledger.node.audit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.jwp.ledger.node.ledger.WriteGate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
    private volatile String raised;

    IntegrityAlarm(WriteGate gate, MeterRegistry meters) {
        this.gate = gate;
        this.mismatches = Counter.builder("ledger.integrity.mismatches")
                .description("times this node found its stored chain differing from what it signed or its peers hold")
                .register(meters);
    }

    public void raise(String origin, long firstDifferingSequence, String what) {
        String reason = "this node's stored chain of " + origin + " does not match " + what + "; it differs from "
                + "sequence " + firstDifferingSequence + " on: its history was changed in its database, or it "
                + "recorded over events it had lost (docs/security.md, docs/operations.md)";
        raised = reason;
        mismatches.increment();
        gate.close(WriteGate.State.FAILED, reason);
        log.error("INTEGRITY: {}", reason);
    }

    /** Why the alarm was raised in this process, or null. */
    public String raised() {
        return raised;
    }
}
