package org.jwp.ledger.node.consultation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jwp.ledger.events.ActivityCode;
import org.jwp.ledger.events.CommentPosition;
import org.jwp.ledger.events.DocumentReference;
import org.jwp.ledger.events.Meeting;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.events.Taxon;

import java.time.LocalDate;
import java.util.List;

/** What secretariat staff can ask of a listing-proposal consultation. */
public sealed interface ConsultationCommands {

    record RequestConsultation(@TargetAggregateIdentifier String consultationId, Secretariat requestedFrom,
                               Meeting meeting, String proposal, Taxon taxon, String proposedChange,
                               LocalDate dueDate, String programme, List<ActivityCode> activityCodes, String note,
                               LocalDate actedOn) implements ConsultationCommands {
    }

    record ExtendDueDate(@TargetAggregateIdentifier String consultationId, LocalDate dueDate, LocalDate actedOn)
            implements ConsultationCommands {
    }

    record WithdrawConsultation(@TargetAggregateIdentifier String consultationId, String reason, LocalDate actedOn)
            implements ConsultationCommands {
    }

    /** Sent to the commenting secretariat's own reply stream ({@code replyId}), never to the request itself. */
    record SubmitComment(@TargetAggregateIdentifier String replyId, String consultationId, CommentPosition position,
                         String text, DocumentReference documentRef, LocalDate actedOn)
            implements ConsultationCommands {
    }

    record DeclineToComment(@TargetAggregateIdentifier String replyId, String consultationId, String reason,
                            LocalDate actedOn) implements ConsultationCommands {
    }
}
