package org.jwp.ledger.node.consultation;

import org.axonframework.messaging.annotation.MessageIdentifier;
import org.jwp.ledger.events.correction.StepCorrected;
import org.jwp.ledger.node.lifecycle.Lifecycle;
import org.jwp.ledger.node.correction.CorrectStep;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.events.consultation.ConsultationDueDateExtended;
import org.jwp.ledger.events.consultation.ConsultationRequested;
import org.jwp.ledger.events.consultation.ConsultationWithdrawn;
import org.jwp.ledger.node.consultation.ConsultationCommands.ExtendDueDate;
import org.jwp.ledger.node.consultation.ConsultationCommands.RequestConsultation;
import org.jwp.ledger.node.consultation.ConsultationCommands.WithdrawConsultation;
import org.jwp.ledger.node.ledger.CommandRefused;
import org.jwp.ledger.node.ledger.ItemIds;
import org.jwp.ledger.node.ledger.StreamLookup;

import java.time.LocalDate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** The requesting secretariat's side of a consultation: the request, its due date, its withdrawal. */
@Aggregate
public class Consultation {

    @AggregateIdentifier
    private String consultationId;
    private Secretariat requestedFrom;
    private LocalDate dueDate;
    /** The step that set the due date now in force: a correction of its due date moves the due date. */
    private String dueDateSetBy;
    private boolean withdrawn;

    @CommandHandler
    public Consultation(RequestConsultation cmd) {
        Secretariat requester = Secretariat.ownerOf(cmd.consultationId());
        if (cmd.requestedFrom() == requester) {
            throw new CommandRefused(requester + " cannot ask itself for comments", (String) null);
        }
        apply(new ConsultationRequested(cmd.consultationId(), requester, cmd.requestedFrom(), cmd.meeting(),
                cmd.proposal(), cmd.taxon(), cmd.proposedChange(), cmd.dueDate(), cmd.programme(),
                cmd.activityCodes(), cmd.note(), cmd.actedOn()));
    }

    @CommandHandler
    public ConsultationStatus handle(ExtendDueDate cmd, StreamLookup streams) {
        requireOpen(streams, "extend-consultation", "extended");
        if (!cmd.dueDate().isAfter(dueDate)) {
            throw new CommandRefused("the new due date " + cmd.dueDate() + " must be after the current one, "
                    + dueDate, ConsultationStatus.REQUESTED);
        }
        apply(new ConsultationDueDateExtended(consultationId, dueDate, cmd.dueDate(), cmd.actedOn()));
        return ConsultationStatus.REQUESTED;
    }

    @CommandHandler
    public ConsultationStatus handle(WithdrawConsultation cmd, StreamLookup streams) {
        requireOpen(streams, "withdraw-consultation", "withdrawn");
        apply(new ConsultationWithdrawn(consultationId, cmd.reason(), cmd.actedOn()));
        return ConsultationStatus.WITHDRAWN;
    }

    /** The step is the lifecycle's to allow; the refusal says why in this item's words. */
    private void requireOpen(StreamLookup streams, String step, String action) {
        ConsultationStatus now = withdrawn ? ConsultationStatus.WITHDRAWN : ConsultationStatus.valueOf(
                Lifecycle.CONSULTATION.statusAfter(streams.events(ItemIds.replyTo(consultationId, requestedFrom))));
        ConsultationStatus answer = withdrawn || now == ConsultationStatus.REQUESTED ? null : now;
        if (Lifecycle.CONSULTATION.allows(step, now.name())) {
            return;
        }
        if (withdrawn) {
            throw new CommandRefused(consultationId + " was withdrawn and cannot be " + action,
                    ConsultationStatus.WITHDRAWN);
        }
        if (answer != null) {
            throw new CommandRefused(requestedFrom + " has already answered " + consultationId
                    + "; it cannot be " + action, answer);
        }
        throw new CommandRefused(consultationId + " is " + now + "; it cannot be " + action, now);
    }

    /** Descriptive fields of one of this stream's steps corrected, with a reason (its status is never corrected). */
    @CommandHandler(commandName = CorrectStep.CONSULTATION)
    public void handle(CorrectStep cmd) {
        apply(cmd.accept(ConsultationRequested.class, ConsultationDueDateExtended.class, ConsultationWithdrawn.class));
    }

    @EventSourcingHandler
    void on(ConsultationRequested e, @MessageIdentifier String eventId) {
        consultationId = e.consultationId();
        requestedFrom = e.requestedFrom();
        dueDate = e.dueDate();
        dueDateSetBy = eventId;
    }

    @EventSourcingHandler
    void on(ConsultationDueDateExtended e, @MessageIdentifier String eventId) {
        dueDate = e.dueDate();
        dueDateSetBy = eventId;
    }

    @EventSourcingHandler
    void on(StepCorrected e) {
        if (e.stepEventId().equals(dueDateSetBy) && e.changes().containsKey("dueDate")) {
            dueDate = LocalDate.parse(e.changes().get("dueDate").asText());
        }
    }

    @EventSourcingHandler
    void on(ConsultationWithdrawn e) {
        withdrawn = true;
    }

    protected Consultation() {
        // for Axon: rebuilt from the stream
    }
}
