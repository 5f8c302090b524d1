package org.jwp.ledger.node.lifecycle;

/** Who takes a step of a cross-secretariat item: the secretariat that opened it, or the other. */
public enum Side {
    OWNER,
    COUNTERPART
}
