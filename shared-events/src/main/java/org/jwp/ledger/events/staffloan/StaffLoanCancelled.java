package org.jwp.ledger.events.staffloan;

import org.jwp.ledger.events.Contract;

import java.time.LocalDate;

/** The lending secretariat called the loan off before it was completed. */
@Contract(revision = "1")
public record StaffLoanCancelled(
        String loanId,
        String note,
        LocalDate actedOn) {
}
