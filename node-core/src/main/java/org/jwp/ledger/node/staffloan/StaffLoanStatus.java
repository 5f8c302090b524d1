package org.jwp.ledger.node.staffloan;

public enum StaffLoanStatus {
    PROPOSED,
    AGREED,
    DECLINED,
    STARTED,
    COMPLETED,
    CANCELLED
}
