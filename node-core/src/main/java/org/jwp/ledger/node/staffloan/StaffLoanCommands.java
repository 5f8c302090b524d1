package org.jwp.ledger.node.staffloan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jwp.ledger.events.ActivityCode;
import org.jwp.ledger.events.PersonalData;
import org.jwp.ledger.events.Secretariat;

import java.time.LocalDate;
import java.util.List;

/** What secretariat staff can ask of a staff loan. */
public sealed interface StaffLoanCommands {

    record ProposeStaffLoan(@TargetAggregateIdentifier String loanId, Secretariat host, String role, String purpose,
                            LocalDate startDate, LocalDate endDate, String programme,
                            List<ActivityCode> activityCodes, LocalDate actedOn, PersonalData staffMember)
            implements StaffLoanCommands {
    }

    /** Sent to the host's own response stream. */
    record AgreeToStaffLoan(@TargetAggregateIdentifier String responseId, String loanId, String note,
                            LocalDate actedOn) implements StaffLoanCommands {
    }

    record DeclineStaffLoan(@TargetAggregateIdentifier String responseId, String loanId, String note,
                            LocalDate actedOn) implements StaffLoanCommands {
    }

    record StartStaffLoan(@TargetAggregateIdentifier String loanId, String note, LocalDate actedOn)
            implements StaffLoanCommands {
    }

    record CompleteStaffLoan(@TargetAggregateIdentifier String loanId, String outcome, LocalDate actedOn)
            implements StaffLoanCommands {
    }

    record CancelStaffLoan(@TargetAggregateIdentifier String loanId, String note, LocalDate actedOn)
            implements StaffLoanCommands {
    }
}
