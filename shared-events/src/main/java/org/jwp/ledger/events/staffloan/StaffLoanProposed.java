package org.jwp.ledger.events.staffloan;

import org.jwp.ledger.events.ActivityCode;
import org.jwp.ledger.events.Contract;
import org.jwp.ledger.events.PersonalData;
import org.jwp.ledger.events.Secretariat;

import java.time.LocalDate;
import java.util.List;

/**
 * A secretariat offered to lend a member of its staff to the other (the host). {@code staffMember}, optional (added
 * without a new revision), names the person, sealed under their own key ({@link PersonalData}).
 */
@Contract(revision = "1")
public record StaffLoanProposed(
        String loanId,
        Secretariat lender,
        Secretariat host,
        String role,
        String purpose,
        LocalDate startDate,
        LocalDate endDate,
        String programme,
        List<ActivityCode> activityCodes,
        LocalDate actedOn,
        PersonalData staffMember) {
}
