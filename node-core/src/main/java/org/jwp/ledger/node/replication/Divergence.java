package org.jwp.ledger.node.replication;

/** Our copy of a peer's chain disagrees with a checkpoint the peer signed: one history was changed. */
public class Divergence extends RuntimeException {

    public Divergence(String message) {
        super(message);
    }
}
