package org.jwp.ledger.node.replication;

import org.jwp.ledger.node.ledger.WriteGate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Whether this node records, why not if it does not, and every recovery of its own events from a peer. */
@RestController
class RecoveryController {

    /** {@code unproven}: events a peer handed back that no checkpoint this node signed covers, awaiting a decision. */
    record RecoveryStatus(WriteGate.State writes, String reason, List<RecoveryLog.Entry> recoveries,
                          String unprovenFrom, String unprovenProblem, List<UnprovenTail.Shown> unproven) {
    }

    private final WriteGate gate;
    private final RecoveryLog log;
    private final UnprovenTail tail;

    RecoveryController(WriteGate gate, RecoveryLog log, UnprovenTail tail) {
        this.gate = gate;
        this.log = log;
        this.tail = tail;
    }

    @GetMapping("/api/audit/recovery")
    RecoveryStatus status() {
        return new RecoveryStatus(gate.state(), gate.reason(), log.all(),
                tail.peer().map(Enum::name).orElse(null), tail.problem().orElse(null), tail.shown());
    }
}
