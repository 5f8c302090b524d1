package org.jwp.ledger.node.replication;

import org.jwp.ledger.node.ledger.WriteGate;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * OUT_OF_SERVICE while the node compares its chain with its peers or recovers its own events (start-up scripts wait
 * for UP before recording), DOWN when that failed and writes stay closed.
 */
@Component("writesHealthIndicator")
class RecoveryHealth implements HealthIndicator {

    private final WriteGate gate;

    RecoveryHealth(WriteGate gate) {
        this.gate = gate;
    }

    @Override
    public Health health() {
        Health.Builder health = switch (gate.state()) {
            case OPEN -> Health.up();
            case CHECKING, RECOVERING, UNPROVEN -> Health.outOfService();
            case FAILED -> Health.down();
        };
        if (gate.reason() != null) {
            health.withDetail("reason", gate.reason());
        }
        return health.withDetail("state", gate.state().name()).build();
    }
}
