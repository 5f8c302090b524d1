package org.jwp.ledger.node.correction;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jwp.ledger.events.EventContracts;
import org.jwp.ledger.events.correction.CorrectableFields;
import org.jwp.ledger.events.correction.StepCorrected;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Correct descriptive fields of one workflow step, in the stream that holds it ({@code streamId}: the item's own or
 * a reply stream). Every aggregate holding steps takes this command, each under its own name, since Axon routes a
 * command by name to one handler: {@link #to(String)} addresses it.
 */
public record CorrectStep(@TargetAggregateIdentifier String streamId, String itemId, String stepEventId,
                          String stepType, Map<String, JsonNode> changes, String reason, LocalDate actedOn) {

    public static final String CONSULTATION = "CorrectStep.Consultation";
    public static final String CONSULTATION_REPLY = "CorrectStep.ConsultationReply";
    public static final String STAFF_LOAN = "CorrectStep.StaffLoan";
    public static final String STAFF_LOAN_RESPONSE = "CorrectStep.StaffLoanResponse";
    public static final String REPRESENTATION = "CorrectStep.Representation";
    public static final String REPRESENTATION_RESPONSE = "CorrectStep.RepresentationResponse";

    /** This command, addressed to the aggregate named (one of the constants above). */
    public CommandMessage<CorrectStep> to(String commandName) {
        return new GenericCommandMessage<>(new GenericMessage<>(this), commandName);
    }

    /**
     * The correction, once the checks every aggregate makes pass: a reason, something to change, a step this
     * aggregate's stream holds, and only fields of it that may be corrected (refused with the fields named).
     */
    @SafeVarargs
    public final StepCorrected accept(Class<? extends Record>... stepsOfThisStream) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a reason is required");
        }
        if (changes == null || changes.isEmpty()) {
            throw new IllegalArgumentException("nothing to change: give the fields that change");
        }
        Class<? extends Record> step = Set.of(stepsOfThisStream).stream()
                .filter(c -> EventContracts.typeName(c).equals(stepType)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(stepType + " is not a step of " + streamId));
        List<String> correctable = CorrectableFields.of(step).orElseThrow();
        String refused = changes.keySet().stream().filter(f -> !correctable.contains(f)).sorted()
                .collect(Collectors.joining(", "));
        if (!refused.isEmpty()) {
            throw new IllegalArgumentException("cannot be corrected: " + refused + " (correctable fields of "
                    + step.getSimpleName() + ": " + String.join(", ", correctable) + ")");
        }
        return new StepCorrected(itemId, stepEventId, stepType, new TreeMap<>(changes), reason, actedOn);
    }
}
