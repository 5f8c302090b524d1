package org.jwp.ledger.node.consultation;

public enum ConsultationStatus {
    REQUESTED,
    COMMENTED,
    DECLINED,
    WITHDRAWN
}
