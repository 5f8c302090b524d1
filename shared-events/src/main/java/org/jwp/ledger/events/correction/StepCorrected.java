package org.jwp.ledger.events.correction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jwp.ledger.events.Contract;
import org.jwp.ledger.events.EventJson;

import java.time.LocalDate;
import java.util.Map;

/**
 * The secretariat that recorded a workflow step corrected some of its descriptive fields (a date, a document
 * reference, a free text; {@link CorrectableFields} says which), in the step's own stream: {@code stepEventId} names
 * the step, {@code stepType} its contract's type name, each entry of {@code changes} the field's new value as the
 * step's contract writes it. The stored step is never changed; readers fold its corrections in ledger order.
 * {@code actedOn} is the day the correction was made.
 */
@Contract(revision = "1")
public record StepCorrected(
        String itemId,
        String stepEventId,
        String stepType,
        Map<String, JsonNode> changes,
        String reason,
        LocalDate actedOn) {

    /** The step's payload (its JSON) as it reads after this correction; the given node is not changed. */
    public ObjectNode applyTo(JsonNode payload) {
        ObjectNode next = payload.deepCopy();
        changes.forEach(next::set);
        return next;
    }

    /** Configured once (a mapper per call introspects the step's class again); never reconfigured. */
    private static final ObjectMapper JSON = EventJson.mapper();

    /** The step as it reads after this correction, as its own contract. */
    @SuppressWarnings("unchecked")
    public <T> T applyTo(T step) {
        try {
            return (T) JSON.treeToValue(applyTo(JSON.valueToTree(step)), step.getClass());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("the correction does not fit " + step.getClass().getSimpleName()
                    + ": " + e.getOriginalMessage(), e);
        }
    }
}
