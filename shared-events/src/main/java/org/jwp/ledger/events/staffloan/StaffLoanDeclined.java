package org.jwp.ledger.events.staffloan;

import org.jwp.ledger.events.Contract;
import org.jwp.ledger.events.Secretariat;

import java.time.LocalDate;

/** The host secretariat declined the loan. */
@Contract(revision = "1")
public record StaffLoanDeclined(
        String responseId,
        String loanId,
        Secretariat declinedBy,
        String note,
        LocalDate actedOn) {
}
