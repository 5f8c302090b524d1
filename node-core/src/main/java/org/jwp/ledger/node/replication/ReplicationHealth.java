package org.jwp.ledger.node.replication;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * DOWN when replication from a peer stopped on something it refused, or our copy of its chain diverged from what it
 * signed (someone must look); a peer that is merely
 * unreachable leaves the node UP, since local work goes on and catches up later.
 */
@Component("replicationHealthIndicator")
class ReplicationHealth implements HealthIndicator {

    private final Replication replication;

    ReplicationHealth(Replication replication) {
        this.replication = replication;
    }

    @Override
    public Health health() {
        List<PeerStatus> peers = replication.localStatus();
        Health.Builder health = peers.stream().anyMatch(p -> p.state() == PeerStatus.State.STOPPED
                || p.state() == PeerStatus.State.DIVERGED)
                ? Health.down() : Health.up();
        peers.forEach(p -> health.withDetail(p.peer(), p.reason() == null ? p.state().name()
                : p.state() + ": " + p.reason()));
        return health.build();
    }
}
