package org.jwp.ledger.node.replication;

import org.jwp.ledger.node.ledger.WriteGate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Whether this node records, why not if it does not, and every recovery of its own events from a peer. */
@RestController
class RecoveryController {

    record RecoveryStatus(WriteGate.State writes, String reason, List<RecoveryLog.Entry> recoveries) {
    }

    private final WriteGate gate;
    private final RecoveryLog log;

    RecoveryController(WriteGate gate, RecoveryLog log) {
        this.gate = gate;
        this.log = log;
    }

    @GetMapping("/api/audit/recovery")
    RecoveryStatus status() {
        return new RecoveryStatus(gate.state(), gate.reason(), log.all());
    }
}
