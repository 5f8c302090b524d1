package org.jwp.ledger.node.replication;

/** A peer's feed answered something this node cannot read as the documented CloudEvents batch. */
public class MalformedFeed extends RuntimeException {

    public MalformedFeed(String message) {
        super(message);
    }
}
