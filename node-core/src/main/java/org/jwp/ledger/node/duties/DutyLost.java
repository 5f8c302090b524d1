package org.jwp.ledger.node.duties;

/** A write made under a duty found, in its own transaction, that this instance no longer holds the duty. */
public class DutyLost extends RuntimeException {

    public DutyLost(String duty) {
        super("this instance no longer holds the duty " + duty + "; another instance of the node has taken it");
    }
}
