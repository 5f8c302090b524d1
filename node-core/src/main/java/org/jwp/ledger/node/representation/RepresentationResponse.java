package org.jwp.ledger.node.representation;

import org.axonframework.commandhandling.CommandHandler;
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
import org.jwp.ledger.node.ledger.CommandRefused;
import org.jwp.ledger.node.ledger.NotOwner;
import org.jwp.ledger.node.ledger.ItemIds;
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
        requireUnanswered(cmd.representationId());
        apply(new RepresentationAccepted(cmd.responseId(), cmd.representationId(), representative, cmd.note(),
                cmd.actedOn()));
        return RepresentationStatus.ACCEPTED;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public RepresentationStatus handle(DeclineRepresentation cmd, StreamLookup streams) {
        Secretariat representative = requireRequestedOf(cmd.responseId(), cmd.representationId(), streams);
        requireUnanswered(cmd.representationId());
        apply(new RepresentationDeclined(cmd.responseId(), cmd.representationId(), representative, cmd.note(),
                cmd.actedOn()));
        return RepresentationStatus.DECLINED;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public RepresentationStatus handle(RecordAttendance cmd, StreamLookup streams) {
        Secretariat representative = requireRequestedOf(cmd.responseId(), cmd.representationId(), streams);
        if (!Lifecycle.REPRESENTATION.allows("attend", status.name())) {
            throw new CommandRefused("attendance at " + cmd.representationId() + " can be recorded only after "
                    + "accepting it, and once; it is " + status, status);
        }
        apply(new RepresentationAttended(cmd.responseId(), cmd.representationId(), representative,
                cmd.attendedOn(), cmd.statementDelivered(), cmd.outcome(), cmd.documentRefs(), cmd.actedOn()));
        return RepresentationStatus.ATTENDED;
    }

    /** The representative's answer so far, as read from its response stream. */
    static RepresentationStatus statusOf(List<Object> responseStream) {
        RepresentationStatus s = RepresentationStatus.REQUESTED;
        for (Object e : responseStream) {
            if (e instanceof RepresentationAccepted) {
                s = RepresentationStatus.ACCEPTED;
            } else if (e instanceof RepresentationDeclined) {
                s = RepresentationStatus.DECLINED;
            } else if (e instanceof RepresentationAttended) {
                s = RepresentationStatus.ATTENDED;
            }
        }
        return s;
    }

    private Secretariat requireRequestedOf(String responseId, String representationId, StreamLookup streams) {
        Secretariat answering = ItemIds.replierOf(responseId, representationId);
        RepresentationRequested requested = streams.opening(representationId, RepresentationRequested.class);
        if (requested.representative() != answering) {
            throw new NotOwner(representationId + " asks " + requested.representative() + " to attend; "
                    + answering + " cannot answer for " + requested.representative());
        }
        return answering;
    }

    private void requireUnanswered(String representationId) {
        // Accepting and declining are allowed in the same statuses (the lifecycle's REQUESTED).
        if (!Lifecycle.REPRESENTATION.allows("accept-representation", status.name())) {
            throw new CommandRefused("the request " + representationId + " has already been answered", status);
        }
    }

    /** Descriptive fields of one of this stream's steps corrected, with a reason (its status is never corrected). */
    @CommandHandler(commandName = CorrectStep.REPRESENTATION_RESPONSE)
    public void handle(CorrectStep cmd) {
        apply(cmd.accept(RepresentationAccepted.class, RepresentationDeclined.class, RepresentationAttended.class));
    }

    @EventSourcingHandler
    void on(RepresentationAccepted e) {
        responseId = e.responseId();
        status = RepresentationStatus.ACCEPTED;
    }

    @EventSourcingHandler
    void on(RepresentationDeclined e) {
        responseId = e.responseId();
        status = RepresentationStatus.DECLINED;
    }

    @EventSourcingHandler
    void on(RepresentationAttended e) {
        status = RepresentationStatus.ATTENDED;
    }

    protected RepresentationResponse() {
        // for Axon: created by the first answer, rebuilt from the stream
    }
}
