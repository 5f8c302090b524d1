package org.jwp.ledger.events.staffloan;

import org.jwp.ledger.events.Contract;

import java.time.LocalDate;

/** The loaned staff member took up the assignment. */
@Contract(revision = "1")
public record StaffLoanStarted(
        String loanId,
        String note,
        LocalDate actedOn) {
}
