package org.jwp.ledger.node.ledger;

/** The item a command or query names is not in this node's ledger (yet: a peer's item arrives by replication). */
public class UnknownItem extends RuntimeException {

    public UnknownItem(String id) {
        super("no item " + id + " in this ledger");
    }
}
