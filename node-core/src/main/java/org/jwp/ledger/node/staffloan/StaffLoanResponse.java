package org.jwp.ledger.node.staffloan;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.events.staffloan.StaffLoanAgreed;
import org.jwp.ledger.events.staffloan.StaffLoanDeclined;
import org.jwp.ledger.events.staffloan.StaffLoanProposed;
import org.jwp.ledger.node.correction.CorrectStep;
import org.jwp.ledger.node.ledger.Replies;
import org.jwp.ledger.node.lifecycle.Lifecycle;
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
        Secretariat host = requireAnswerable("agree-loan", cmd.responseId(), cmd.loanId(), streams);
        apply(new StaffLoanAgreed(cmd.responseId(), cmd.loanId(), host, cmd.note(), cmd.actedOn()));
        return StaffLoanStatus.AGREED;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public StaffLoanStatus handle(DeclineStaffLoan cmd, StreamLookup streams) {
        Secretariat host = requireAnswerable("decline-loan", cmd.responseId(), cmd.loanId(), streams);
        apply(new StaffLoanDeclined(cmd.responseId(), cmd.loanId(), host, cmd.note(), cmd.actedOn()));
        return StaffLoanStatus.DECLINED;
    }

    private Secretariat requireAnswerable(String step, String responseId, String loanId, StreamLookup streams) {
        StaffLoanProposed proposed = streams.opening(loanId, StaffLoanProposed.class);
        Secretariat host = Replies.answering(responseId, loanId, proposed.host());
        this.responseId = responseId; // the stream the answer opens is named before its first event is applied
        Replies.require(Lifecycle.STAFF_LOAN, step, streams.events(loanId), answer,
                "the host answers " + loanId + " once, while it is proposed");
        return host;
    }

    /** Descriptive fields of one of this stream's steps corrected, with a reason (its status is never corrected). */
    @CommandHandler(commandName = CorrectStep.STAFF_LOAN_RESPONSE)
    public void handle(CorrectStep cmd) {
        apply(cmd.accept(StaffLoanAgreed.class, StaffLoanDeclined.class));
    }

    /** Each step this stream records leads where its lifecycle says; a correction moves nothing. */
    @EventSourcingHandler
    void on(Object event, DomainEventMessage<?> message) {
        responseId = message.getAggregateIdentifier();
        answer = Lifecycle.STAFF_LOAN.stepFor(event.getClass()).map(s -> StaffLoanStatus.valueOf(s.to()))
                .orElse(answer);
    }

    protected StaffLoanResponse() {
        // for Axon: created by the first answer, rebuilt from the stream
    }
}
