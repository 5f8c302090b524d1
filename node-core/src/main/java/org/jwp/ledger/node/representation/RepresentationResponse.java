package org.jwp.ledger.node.representation;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.events.representation.RepresentationAccepted;
import org.jwp.ledger.events.representation.RepresentationAttended;
import org.jwp.ledger.events.representation.RepresentationDeclined;
import org.jwp.ledger.events.representation.RepresentationRequested;
import org.jwp.ledger.node.lifecycle.Lifecycle;
import org.jwp.ledger.node.correction.CorrectStep;
import org.jwp.ledger.node.ledger.Replies;
import org.jwp.ledger.node.ledger.StreamLookup;
import org.jwp.ledger.node.representation.RepresentationCommands.AcceptRepresentation;
import org.jwp.ledger.node.representation.RepresentationCommands.DeclineRepresentation;
import org.jwp.ledger.node.representation.RepresentationCommands.RecordAttendance;

import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** The representative's side: accepting or declining, then reporting the attendance, in its own stream. */
@Aggregate
public class RepresentationResponse {

    @AggregateIdentifier
    private String responseId;
    private RepresentationStatus status = RepresentationStatus.REQUESTED;

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public RepresentationStatus handle(AcceptRepresentation cmd, StreamLookup streams) {
        Secretariat representative = requireRequestedOf(cmd.responseId(), cmd.representationId(), streams);
        requireUnanswered("accept-representation", cmd.representationId());
        apply(new RepresentationAccepted(cmd.responseId(), cmd.representationId(), representative, cmd.note(),
                cmd.actedOn()));
        return RepresentationStatus.ACCEPTED;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public RepresentationStatus handle(DeclineRepresentation cmd, StreamLookup streams) {
        Secretariat representative = requireRequestedOf(cmd.responseId(), cmd.representationId(), streams);
        requireUnanswered("decline-representation", cmd.representationId());
        apply(new RepresentationDeclined(cmd.responseId(), cmd.representationId(), representative, cmd.note(),
                cmd.actedOn()));
        return RepresentationStatus.DECLINED;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public RepresentationStatus handle(RecordAttendance cmd, StreamLookup streams) {
        Secretariat representative = requireRequestedOf(cmd.responseId(), cmd.representationId(), streams);
        Replies.require(Lifecycle.REPRESENTATION, "attend", List.of(), status,
                "attendance at " + cmd.representationId() + " can be recorded only after accepting it, and once");
        apply(new RepresentationAttended(cmd.responseId(), cmd.representationId(), representative,
                cmd.attendedOn(), cmd.statementDelivered(), cmd.outcome(), cmd.documentRefs(), cmd.actedOn()));
        return RepresentationStatus.ATTENDED;
    }

    private Secretariat requireRequestedOf(String responseId, String representationId, StreamLookup streams) {
        RepresentationRequested requested = streams.opening(representationId, RepresentationRequested.class);
        Secretariat representative = Replies.answering(responseId, representationId, requested.representative());
        this.responseId = responseId; // the stream the answer opens is named before its first event is applied
        return representative;
    }

    private void requireUnanswered(String step, String representationId) {
        Replies.require(Lifecycle.REPRESENTATION, step, List.of(), status,
                "the request " + representationId + " can be answered once");
    }

    /** Descriptive fields of one of this stream's steps corrected, with a reason (its status is never corrected). */
    @CommandHandler(commandName = CorrectStep.REPRESENTATION_RESPONSE)
    public void handle(CorrectStep cmd) {
        apply(cmd.accept(RepresentationAccepted.class, RepresentationDeclined.class, RepresentationAttended.class));
    }

    /** Each step this stream records leads where its lifecycle says; a correction moves nothing. */
    @EventSourcingHandler
    void on(Object event, DomainEventMessage<?> message) {
        responseId = message.getAggregateIdentifier();
        status = Lifecycle.REPRESENTATION.stepFor(event.getClass()).map(s -> RepresentationStatus.valueOf(s.to()))
                .orElse(status);
    }

    protected RepresentationResponse() {
        // for Axon: created by the first answer, rebuilt from the stream
    }
}
