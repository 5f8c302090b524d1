package org.jwp.ledger.node.correction;

import com.fasterxml.jackson.databind.JsonNode;
import org.jwp.ledger.events.EventJson;
import org.jwp.ledger.events.consultation.ConsultationCommentSubmitted;
import org.jwp.ledger.events.consultation.ConsultationDeclined;
import org.jwp.ledger.events.correction.StepCorrected;
import org.jwp.ledger.events.representation.RepresentationAccepted;
import org.jwp.ledger.events.representation.RepresentationAttended;
import org.jwp.ledger.events.representation.RepresentationDeclined;
import org.jwp.ledger.events.staffloan.StaffLoanAgreed;
import org.jwp.ledger.events.staffloan.StaffLoanDeclined;
import org.jwp.ledger.node.request.Checks;
import org.jwp.ledger.node.request.LongText;
import org.jwp.ledger.node.request.RequestValidator;
import org.jwp.ledger.node.request.ShortText;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;

/**
 * What a correction must satisfy before it is recorded, all named in one 400 answer: a reason; something that
 * changes; texts as any form takes them; values the step's contract can hold; and the corrected step still
 * consistent (not acted on in the future, a period that does not end before it starts, an extension after the due
 * date it extends).
 */
@Component
class CorrectedStepChecks {

    /** Free texts (up to 4000 characters); every other text is a one-line name or symbol. */
    private static final Set<String> LONG = Set.of("text", "note", "reason", "outcome", "purpose", "proposedChange",
            "brief");
    /** Fields a step may also be recorded without: a correction may empty them. */
    private static final Set<String> OPTIONAL = Set.of("note", "documentRef", "documentRefs", "place", "brief",
            "text");

    record LongValue(@LongText String value) {
    }

    record ShortValue(@ShortText String value) {
    }

    private final RequestValidator validator;

    CorrectedStepChecks(RequestValidator validator) {
        this.validator = validator;
    }

    Checks check(Object current, StepCorrected c, Checks checks) {
        checks.check(c.reason() != null && !c.reason().isBlank(), "reason", "must not be blank");
        text(checks, "reason", c.reason(), true);
        checks.check(!c.changes().isEmpty(), null, "nothing to change: give the fields that change");
        c.changes().forEach((field, value) -> {
            if (value == null || value.isNull()) {
                checks.check(OPTIONAL.contains(field), field, "must be given; it cannot be emptied");
            } else if (value.isTextual()) {
                checks.check(OPTIONAL.contains(field) || !value.asText().isBlank(), field, "must not be blank");
                text(checks, field, value.asText(), LONG.contains(field));
            } else if (value.isArray()) {
                value.forEach(v -> text(checks, field, v.asText(), false));
            }
        });
        if (!checks.ok()) {
            return checks;
        }
        Object corrected;
        try {
            corrected = c.applyTo(current);
        } catch (IllegalArgumentException e) {
            return checks.fail(null, e.getMessage());
        }
        checks.check(!corrected.equals(current), null, "nothing to change: every field given reads so already");
        JsonNode step = EventJson.mapper().valueToTree(corrected);
        LocalDate today = c.actedOn();
        checks.check(!date(step, "actedOn").isAfter(today), "actedOn", "must not be in the future");
        if (step.hasNonNull("startDate") && step.hasNonNull("endDate")) {
            checks.check(!date(step, "endDate").isBefore(date(step, "startDate")), "endDate",
                    "must not be before the start date " + step.get("startDate").asText());
        }
        if (step.hasNonNull("dueDate") && !step.hasNonNull("previousDueDate")) { // as when it was requested
            checks.check(!date(step, "dueDate").isBefore(date(step, "actedOn")), "dueDate",
                    "must not be before the request date " + step.get("actedOn").asText());
        }
        if (step.hasNonNull("previousDueDate")) {
            checks.check(date(step, "dueDate").isAfter(date(step, "previousDueDate")), "dueDate",
                    "must be after the due date it extends, " + step.get("previousDueDate").asText());
        }
        if (step.hasNonNull("attendedOn")) {
            checks.check(!date(step, "attendedOn").isAfter(today), "attendedOn", "must not be in the future");
        }
        return checks;
    }

    private void text(Checks checks, String field, String value, boolean longText) {
        Checks found = validator.validate(longText ? new LongValue(value) : new ShortValue(value));
        if (!found.ok()) {
            checks.fail(field, longText ? "must be at most 4000 characters of visible text"
                    : "must be one line of at most 200 characters of visible text");
        }
    }

    private static LocalDate date(JsonNode step, String field) {
        try {
            return LocalDate.parse(step.get(field).asText());
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(field + " of a step is not a date", e);
        }
    }

    /** The aggregate whose stream holds steps of this contract, as {@link CorrectStep}'s command name. */
    static String commandFor(Class<?> step) {
        return REPLIES.getOrDefault(step, switch (step.getPackageName().substring(
                step.getPackageName().lastIndexOf('.') + 1)) {
            case "consultation" -> CorrectStep.CONSULTATION;
            case "staffloan" -> CorrectStep.STAFF_LOAN;
            case "representation" -> CorrectStep.REPRESENTATION;
            default -> throw new IllegalArgumentException(step + " is not a workflow step");
        });
    }

    private static final Map<Class<?>, String> REPLIES = Map.of(
            ConsultationCommentSubmitted.class, CorrectStep.CONSULTATION_REPLY,
            ConsultationDeclined.class, CorrectStep.CONSULTATION_REPLY,
            StaffLoanAgreed.class, CorrectStep.STAFF_LOAN_RESPONSE,
            StaffLoanDeclined.class, CorrectStep.STAFF_LOAN_RESPONSE,
            RepresentationAccepted.class, CorrectStep.REPRESENTATION_RESPONSE,
            RepresentationDeclined.class, CorrectStep.REPRESENTATION_RESPONSE,
            RepresentationAttended.class, CorrectStep.REPRESENTATION_RESPONSE);
}
