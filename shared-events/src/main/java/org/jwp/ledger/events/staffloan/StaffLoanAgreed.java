package org.jwp.ledger.events.staffloan;

import org.jwp.ledger.events.Contract;
import org.jwp.ledger.events.Secretariat;

import java.time.LocalDate;

/** The host secretariat agreed to the loan, in its own stream ({@code responseId}). Only this makes a loan agreed. */
@Contract(revision = "1")
public record StaffLoanAgreed(
        String responseId,
        String loanId,
        Secretariat agreedBy,
        String note,
        LocalDate actedOn) {
}
