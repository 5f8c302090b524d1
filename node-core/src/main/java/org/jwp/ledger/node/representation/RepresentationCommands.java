package org.jwp.ledger.node.representation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jwp.ledger.events.ActivityCode;
import org.jwp.ledger.events.DocumentReference;
import org.jwp.ledger.events.Meeting;
import org.jwp.ledger.events.MeetingBody;
import org.jwp.ledger.events.Secretariat;

import java.time.LocalDate;
import java.util.List;

/** What secretariat staff can ask of a representation at a meeting. */
public sealed interface RepresentationCommands {

    record RequestRepresentation(@TargetAggregateIdentifier String representationId, Secretariat representative,
                                 MeetingBody body, Meeting meeting, String place, LocalDate startDate,
                                 LocalDate endDate, String brief, String programme, List<ActivityCode> activityCodes,
                                 LocalDate actedOn) implements RepresentationCommands {
    }

    /** Sent to the representative's own response stream, like the decline and the attendance report. */
    record AcceptRepresentation(@TargetAggregateIdentifier String responseId, String representationId, String note,
                                LocalDate actedOn) implements RepresentationCommands {
    }

    record DeclineRepresentation(@TargetAggregateIdentifier String responseId, String representationId, String note,
                                 LocalDate actedOn) implements RepresentationCommands {
    }

    record RecordAttendance(@TargetAggregateIdentifier String responseId, String representationId,
                            LocalDate attendedOn, boolean statementDelivered, String outcome,
                            List<DocumentReference> documentRefs, LocalDate actedOn)
            implements RepresentationCommands {
    }

    record AcknowledgeReport(@TargetAggregateIdentifier String representationId, String note, LocalDate actedOn)
            implements RepresentationCommands {
    }
}
