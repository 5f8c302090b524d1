package org.jwp.ledger.node.ui;

import org.jwp.ledger.events.MeetingBody;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.Map;

/**
 * The words a person reads for what the API and the export name by contract and constant: "Comment submitted" for
 * {@code ConsultationCommentSubmitted}, "No comment" for {@code NO_COMMENT}. Templates call it as {@code @words}.
 */
@Component("words")
public class Words {

    private static final Map<String, String> STEPS = Map.ofEntries(
            Map.entry("ConsultationRequested", "Comments requested"),
            Map.entry("ConsultationDueDateExtended", "Due date extended"),
            Map.entry("ConsultationWithdrawn", "Request withdrawn"),
            Map.entry("ConsultationCommentSubmitted", "Comment submitted"),
            Map.entry("ConsultationDeclined", "Declined to comment"),
            Map.entry("StaffLoanProposed", "Staff loan proposed"),
            Map.entry("StaffLoanAgreed", "Loan agreed"),
            Map.entry("StaffLoanDeclined", "Loan declined"),
            Map.entry("StaffLoanStarted", "Loan started"),
            Map.entry("StaffLoanCompleted", "Loan completed"),
            Map.entry("StaffLoanCancelled", "Loan cancelled"),
            Map.entry("RepresentationRequested", "Representation requested"),
            Map.entry("RepresentationAccepted", "Representation accepted"),
            Map.entry("RepresentationDeclined", "Representation declined"),
            Map.entry("RepresentationAttended", "Meeting attended, report sent"),
            Map.entry("RepresentationReportAcknowledged", "Report acknowledged"),
            Map.entry("ActivityResultRecorded", "Result recorded"),
            Map.entry("ActivityResultCorrected", "Result corrected"),
            Map.entry("ActivityResultWithdrawn", "Result withdrawn"),
            Map.entry("StepCorrected", "Step corrected"),
            Map.entry("PersonalDataErased", "Personal data erased"),
            Map.entry("ReportApproved", "Report approved"),
            Map.entry("UnprovenEventsAccepted", "Unproven events accepted"),
            Map.entry("UnprovenEventsRefused", "Unproven events refused"));

    /** Names that are names, not constants to put in words. */
    private static final java.util.Set<String> NAMES = java.util.Set.of("CITES", "CMS");

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("actedOn", "date of the action"), Map.entry("dueDate", "due date"),
            Map.entry("startDate", "start date"), Map.entry("endDate", "end date"),
            Map.entry("attendedOn", "date attended"), Map.entry("documentRef", "document reference"),
            Map.entry("documentRefs", "document references"), Map.entry("proposedChange", "proposed change"),
            Map.entry("statementDelivered", "statement delivered"), Map.entry("text", "comment"),
            Map.entry("activityCodes", "activities"), Map.entry("role", "role of the staff member"));

    /** A field of a step ({@code documentRef}) as words ("document reference"). */
    public static String field(String name) {
        return FIELDS.getOrDefault(name, name);
    }

    /** A step (an event's short type name, with any note after it kept), as a person says it. */
    public String step(String type) {
        return stepName(type);
    }

    static String stepName(String type) {
        if (type == null) {
            return "";
        }
        int space = type.indexOf(' ');
        String name = space < 0 ? type : type.substring(0, space);
        String rest = space < 0 ? "" : type.substring(space);
        return STEPS.getOrDefault(name, name) + rest;
    }

    /** A status, position, kind or body constant ({@code NO_COMMENT}) as words ("No comment"). */
    public String of(String constant) {
        return constant(constant);
    }

    static String constant(String constant) {
        if (constant == null || constant.isEmpty()) {
            return "";
        }
        if (NAMES.contains(constant)) {
            return constant;
        }
        // A meeting body is named as the contract's own label says ("EMG/IMG").
        for (MeetingBody body : MeetingBody.values()) {
            if (body.name().equals(constant)) {
                return Character.toUpperCase(body.label().charAt(0)) + body.label().substring(1);
            }
        }
        String words = constant.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
