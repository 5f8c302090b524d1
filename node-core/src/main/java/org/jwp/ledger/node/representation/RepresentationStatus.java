package org.jwp.ledger.node.representation;

public enum RepresentationStatus {
    REQUESTED,
    ACCEPTED,
    DECLINED,
    ATTENDED,
    ACKNOWLEDGED
}
