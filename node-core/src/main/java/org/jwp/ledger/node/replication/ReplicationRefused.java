package org.jwp.ledger.node.replication;

import org.jwp.ledger.format.StoredEvent;

/** A peer's event this node will not store; replication from that peer stops until someone looks. */
public class ReplicationRefused extends RuntimeException {

    public ReplicationRefused(StoredEvent event, String reason) {
        super("refused " + event + ": " + reason);
    }

    public ReplicationRefused(String reason) {
        super(reason);
    }
}
