package org.jwp.ledger.events.staffloan;

import org.jwp.ledger.events.Contract;

import java.time.LocalDate;

/** The loan ended as planned, with what it achieved. */
@Contract(revision = "1")
public record StaffLoanCompleted(
        String loanId,
        String outcome,
        LocalDate actedOn) {
}
