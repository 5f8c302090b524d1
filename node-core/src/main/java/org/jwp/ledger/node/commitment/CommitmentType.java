package org.jwp.ledger.node.commitment;

public enum CommitmentType {
    CONSULTATION,
    STAFF_LOAN,
    REPRESENTATION
}
