package org.jwp.ledger.events.correction;

import org.jwp.ledger.events.consultation.ConsultationCommentSubmitted;
import org.jwp.ledger.events.consultation.ConsultationDeclined;
import org.jwp.ledger.events.consultation.ConsultationDueDateExtended;
import org.jwp.ledger.events.consultation.ConsultationRequested;
import org.jwp.ledger.events.consultation.ConsultationWithdrawn;
import org.jwp.ledger.events.representation.RepresentationAccepted;
import org.jwp.ledger.events.representation.RepresentationAttended;
import org.jwp.ledger.events.representation.RepresentationDeclined;
import org.jwp.ledger.events.representation.RepresentationReportAcknowledged;
import org.jwp.ledger.events.representation.RepresentationRequested;
import org.jwp.ledger.events.staffloan.StaffLoanAgreed;
import org.jwp.ledger.events.staffloan.StaffLoanCancelled;
import org.jwp.ledger.events.staffloan.StaffLoanCompleted;
import org.jwp.ledger.events.staffloan.StaffLoanDeclined;
import org.jwp.ledger.events.staffloan.StaffLoanProposed;
import org.jwp.ledger.events.staffloan.StaffLoanStarted;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which fields of each workflow step may be corrected: what describes the step (dates, document references, free
 * texts, the meeting or taxon named), never what decides where the item stands. Identifiers, the secretariats, a
 * comment's position and an item's programme and activities are not correctable: a status is undone by the
 * workflow's own steps (withdraw, cancel, decline), and a staff member's name is personal data with its own erasure.
 * Both secretariats agree on this list: it belongs to the contracts.
 */
public final class CorrectableFields {

    private static final List<String> NOTE = List.of("note", "actedOn");
    private static final List<String> REASON = List.of("reason", "actedOn");

    private static final Map<Class<? extends Record>, List<String>> FIELDS = Map.ofEntries(
            Map.entry(ConsultationRequested.class, List.of("meeting", "proposal", "taxon", "proposedChange",
                    "dueDate", "note", "actedOn")),
            Map.entry(ConsultationDueDateExtended.class, List.of("dueDate", "actedOn")),
            Map.entry(ConsultationWithdrawn.class, REASON),
            Map.entry(ConsultationCommentSubmitted.class, List.of("text", "documentRef", "actedOn")),
            Map.entry(ConsultationDeclined.class, REASON),
            Map.entry(StaffLoanProposed.class, List.of("role", "purpose", "startDate", "endDate", "actedOn")),
            Map.entry(StaffLoanAgreed.class, NOTE),
            Map.entry(StaffLoanDeclined.class, NOTE),
            Map.entry(StaffLoanStarted.class, NOTE),
            Map.entry(StaffLoanCompleted.class, List.of("outcome", "actedOn")),
            Map.entry(StaffLoanCancelled.class, NOTE),
            Map.entry(RepresentationRequested.class, List.of("body", "meeting", "place", "startDate", "endDate",
                    "brief", "actedOn")),
            Map.entry(RepresentationAccepted.class, NOTE),
            Map.entry(RepresentationDeclined.class, NOTE),
            Map.entry(RepresentationAttended.class, List.of("attendedOn", "statementDelivered", "outcome",
                    "documentRefs", "actedOn")),
            Map.entry(RepresentationReportAcknowledged.class, NOTE));

    private CorrectableFields() {
    }

    /** The correctable fields of a step's contract, in the order its form shows them; empty: not a workflow step. */
    public static Optional<List<String>> of(Class<?> stepContract) {
        return Optional.ofNullable(FIELDS.get(stepContract));
    }
}
