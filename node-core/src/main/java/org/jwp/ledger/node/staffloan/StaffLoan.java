package org.jwp.ledger.node.staffloan;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.events.staffloan.StaffLoanCancelled;
import org.jwp.ledger.events.staffloan.StaffLoanCompleted;
import org.jwp.ledger.events.staffloan.StaffLoanProposed;
import org.jwp.ledger.events.staffloan.StaffLoanStarted;
import org.jwp.ledger.node.lifecycle.Lifecycle;
import org.jwp.ledger.node.correction.CorrectStep;
import org.jwp.ledger.node.ledger.CommandRefused;
import org.jwp.ledger.node.ledger.ItemIds;
import org.jwp.ledger.node.ledger.StreamLookup;
import org.jwp.ledger.node.staffloan.StaffLoanCommands.CancelStaffLoan;
import org.jwp.ledger.node.staffloan.StaffLoanCommands.CompleteStaffLoan;
import org.jwp.ledger.node.staffloan.StaffLoanCommands.ProposeStaffLoan;
import org.jwp.ledger.node.staffloan.StaffLoanCommands.StartStaffLoan;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The lending secretariat's side of a staff loan. Whether the host agreed lives in the host's own stream: a loan is
 * agreed only when the other secretariat has recorded its agreement.
 */
@Aggregate
public class StaffLoan {

    @AggregateIdentifier
    private String loanId;
    private Secretariat host;
    /** PROPOSED until started, completed or cancelled here; the host's answer is read from its stream. */
    private StaffLoanStatus phase;

    @CommandHandler
    public StaffLoan(ProposeStaffLoan cmd) {
        Secretariat lender = Secretariat.ownerOf(cmd.loanId());
        if (cmd.host() == lender) {
            throw new CommandRefused(lender + " cannot lend staff to itself", (String) null);
        }
        if (cmd.endDate().isBefore(cmd.startDate())) {
            throw new IllegalArgumentException("endDate is before startDate");
        }
        apply(new StaffLoanProposed(cmd.loanId(), lender, cmd.host(), cmd.role(), cmd.purpose(), cmd.startDate(),
                cmd.endDate(), cmd.programme(), cmd.activityCodes(), cmd.actedOn(), cmd.staffMember()));
    }

    @CommandHandler
    public StaffLoanStatus handle(StartStaffLoan cmd, StreamLookup streams) {
        StaffLoanStatus now = status(streams);
        if (!Lifecycle.STAFF_LOAN.allows("start-loan", now.name())) {
            throw new CommandRefused(loanId + " can start only once " + host + " has agreed; it is " + now, now);
        }
        apply(new StaffLoanStarted(loanId, cmd.note(), cmd.actedOn()));
        return StaffLoanStatus.STARTED;
    }

    @CommandHandler
    public StaffLoanStatus handle(CompleteStaffLoan cmd, StreamLookup streams) {
        StaffLoanStatus now = status(streams);
        if (!Lifecycle.STAFF_LOAN.allows("complete-loan", now.name())) {
            throw new CommandRefused(loanId + " can be completed only after it started; it is " + now, now);
        }
        apply(new StaffLoanCompleted(loanId, cmd.outcome(), cmd.actedOn()));
        return StaffLoanStatus.COMPLETED;
    }

    @CommandHandler
    public StaffLoanStatus handle(CancelStaffLoan cmd, StreamLookup streams) {
        StaffLoanStatus now = status(streams);
        if (!Lifecycle.STAFF_LOAN.allows("cancel-loan", now.name())) {
            throw new CommandRefused(loanId + " is already " + now + " and cannot be cancelled", now);
        }
        apply(new StaffLoanCancelled(loanId, cmd.note(), cmd.actedOn()));
        return StaffLoanStatus.CANCELLED;
    }

    private StaffLoanStatus status(StreamLookup streams) {
        if (phase != StaffLoanStatus.PROPOSED) {
            return phase;
        }
        return StaffLoanStatus.valueOf(
                Lifecycle.STAFF_LOAN.statusAfter(streams.events(ItemIds.replyTo(loanId, host))));
    }

    /** Descriptive fields of one of this stream's steps corrected, with a reason (its status is never corrected). */
    @CommandHandler(commandName = CorrectStep.STAFF_LOAN)
    public void handle(CorrectStep cmd) {
        apply(cmd.accept(StaffLoanProposed.class, StaffLoanStarted.class, StaffLoanCompleted.class, StaffLoanCancelled.class));
    }

    @EventSourcingHandler
    void on(StaffLoanProposed e) {
        loanId = e.loanId();
        host = e.host();
        phase = StaffLoanStatus.PROPOSED;
    }

    @EventSourcingHandler
    void on(StaffLoanStarted e) {
        phase = StaffLoanStatus.STARTED;
    }

    @EventSourcingHandler
    void on(StaffLoanCompleted e) {
        phase = StaffLoanStatus.COMPLETED;
    }

    @EventSourcingHandler
    void on(StaffLoanCancelled e) {
        phase = StaffLoanStatus.CANCELLED;
    }

    protected StaffLoan() {
        // for Axon: rebuilt from the stream
    }
}
