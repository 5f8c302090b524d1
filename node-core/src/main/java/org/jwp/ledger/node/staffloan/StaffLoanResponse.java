package org.jwp.ledger.node.staffloan;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.events.staffloan.StaffLoanAgreed;
import org.jwp.ledger.events.staffloan.StaffLoanCancelled;
import org.jwp.ledger.events.staffloan.StaffLoanDeclined;
import org.jwp.ledger.events.staffloan.StaffLoanProposed;
import org.jwp.ledger.node.correction.CorrectStep;
import org.jwp.ledger.node.ledger.CommandRefused;
import org.jwp.ledger.node.ledger.NotOwner;
import org.jwp.ledger.node.ledger.ItemIds;
import org.jwp.ledger.node.ledger.StreamLookup;
import org.jwp.ledger.node.staffloan.StaffLoanCommands.AgreeToStaffLoan;
import org.jwp.ledger.node.staffloan.StaffLoanCommands.DeclineStaffLoan;


import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** The host secretariat's answer to a proposed loan, in its own stream. */
@Aggregate
public class StaffLoanResponse {

    @AggregateIdentifier
    private String responseId;
    private StaffLoanStatus answer;

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public StaffLoanStatus handle(AgreeToStaffLoan cmd, StreamLookup streams) {
        Secretariat host = requireAnswerable(cmd.responseId(), cmd.loanId(), streams);
        apply(new StaffLoanAgreed(cmd.responseId(), cmd.loanId(), host, cmd.note(), cmd.actedOn()));
        return StaffLoanStatus.AGREED;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public StaffLoanStatus handle(DeclineStaffLoan cmd, StreamLookup streams) {
        Secretariat host = requireAnswerable(cmd.responseId(), cmd.loanId(), streams);
        apply(new StaffLoanDeclined(cmd.responseId(), cmd.loanId(), host, cmd.note(), cmd.actedOn()));
        return StaffLoanStatus.DECLINED;
    }

    private Secretariat requireAnswerable(String responseId, String loanId, StreamLookup streams) {
        Secretariat answering = ItemIds.replierOf(responseId, loanId);
        StaffLoanProposed proposed = streams.opening(loanId, StaffLoanProposed.class);
        if (proposed.host() != answering) {
            throw new NotOwner(loanId + " is a loan from " + proposed.lender() + " to " + proposed.host()
                    + "; only the host, " + proposed.host() + ", can answer it");
        }
        if (answer != null) {
            throw new CommandRefused(answering + " has already answered " + loanId, answer);
        }
        if (streams.events(loanId).stream().anyMatch(StaffLoanCancelled.class::isInstance)) {
            throw new CommandRefused(proposed.lender() + " cancelled " + loanId, StaffLoanStatus.CANCELLED);
        }
        return answering;
    }

    /** Descriptive fields of one of this stream's steps corrected, with a reason (its status is never corrected). */
    @CommandHandler(commandName = CorrectStep.STAFF_LOAN_RESPONSE)
    public void handle(CorrectStep cmd) {
        apply(cmd.accept(StaffLoanAgreed.class, StaffLoanDeclined.class));
    }

    @EventSourcingHandler
    void on(StaffLoanAgreed e) {
        responseId = e.responseId();
        answer = StaffLoanStatus.AGREED;
    }

    @EventSourcingHandler
    void on(StaffLoanDeclined e) {
        responseId = e.responseId();
        answer = StaffLoanStatus.DECLINED;
    }

    protected StaffLoanResponse() {
        // for Axon: created by the first answer, rebuilt from the stream
    }
}
