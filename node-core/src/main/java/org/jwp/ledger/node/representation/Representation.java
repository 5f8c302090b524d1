package org.jwp.ledger.node.representation;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.events.representation.RepresentationReportAcknowledged;
import org.jwp.ledger.events.representation.RepresentationRequested;
import org.jwp.ledger.node.lifecycle.Lifecycle;
import org.jwp.ledger.node.correction.CorrectStep;
import org.jwp.ledger.node.ledger.CommandRefused;
import org.jwp.ledger.node.ledger.ItemIds;
import org.jwp.ledger.node.ledger.StreamLookup;
import org.jwp.ledger.node.representation.RepresentationCommands.AcknowledgeReport;
import org.jwp.ledger.node.representation.RepresentationCommands.RequestRepresentation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** The represented secretariat's side: the request to attend on its behalf, and its acknowledgement of the report. */
@Aggregate
public class Representation {

    @AggregateIdentifier
    private String representationId;
    private Secretariat representative;
    private boolean acknowledged;

    @CommandHandler
    public Representation(RequestRepresentation cmd) {
        Secretariat requester = Secretariat.ownerOf(cmd.representationId());
        if (cmd.representative() == requester) {
            throw new CommandRefused(requester + " cannot ask itself to represent it", (String) null);
        }
        if (cmd.endDate().isBefore(cmd.startDate())) {
            throw new IllegalArgumentException("endDate is before startDate");
        }
        apply(new RepresentationRequested(cmd.representationId(), requester, cmd.representative(), cmd.body(),
                cmd.meeting(), cmd.place(), cmd.startDate(), cmd.endDate(), cmd.brief(), cmd.programme(),
                cmd.activityCodes(), cmd.actedOn()));
    }

    @CommandHandler
    public RepresentationStatus handle(AcknowledgeReport cmd, StreamLookup streams) {
        if (acknowledged) {
            throw new CommandRefused(representationId + " is already acknowledged", RepresentationStatus.ACKNOWLEDGED);
        }
        RepresentationStatus reply = RepresentationStatus.valueOf(Lifecycle.REPRESENTATION.statusAfter(
                streams.events(ItemIds.replyTo(representationId, representative))));
        if (!Lifecycle.REPRESENTATION.allows("acknowledge", reply.name())) {
            throw new CommandRefused(representative + " has not reported attendance at the meeting of "
                    + representationId + "; it is " + reply, reply);
        }
        apply(new RepresentationReportAcknowledged(representationId, cmd.note(), cmd.actedOn()));
        return RepresentationStatus.ACKNOWLEDGED;
    }

    /** Descriptive fields of one of this stream's steps corrected, with a reason (its status is never corrected). */
    @CommandHandler(commandName = CorrectStep.REPRESENTATION)
    public void handle(CorrectStep cmd) {
        apply(cmd.accept(RepresentationRequested.class, RepresentationReportAcknowledged.class));
    }

    @EventSourcingHandler
    void on(RepresentationRequested e) {
        representationId = e.representationId();
        representative = e.representative();
    }

    @EventSourcingHandler
    void on(RepresentationReportAcknowledged e) {
        acknowledged = true;
    }

    protected Representation() {
        // for Axon: rebuilt from the stream
    }
}
