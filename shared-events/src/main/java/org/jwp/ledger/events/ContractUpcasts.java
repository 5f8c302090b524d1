package org.jwp.ledger.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jwp.ledger.events.consultation.ConsultationCommentSubmitted;
import org.jwp.ledger.events.progress.ActivityResultRecorded;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * How an event stored under an earlier revision of its contract is read as the current one. Stored bytes never
 * change (their hashes are chained and signed); each reader upcasts when it reads. One step per (type, revision):
 * steps chain until the current revision.
 */
public final class ContractUpcasts {

    private record Step(String toRevision, UnaryOperator<ObjectNode> change) {
    }

    private static final Map<String, Step> STEPS = new LinkedHashMap<>();

    static {
        // Revision 1 named one activity; revision 2 lists the activities a passage concerns.
        step(ActivityResultRecorded.class, "1", "2", json -> {
            JsonNode code = json.remove("activityCode");
            ArrayNode codes = json.arrayNode().add(code);
            ObjectNode out = json.objectNode();
            json.fields().forEachRemaining(f -> {
                out.set(f.getKey(), f.getValue());
                if (f.getKey().equals("programme")) {
                    out.set("activityCodes", codes);
                }
            });
            return out;
        });
        // Revision 2 lets a comment state no position; every revision 1 comment stated one, and reads the same.
        step(ConsultationCommentSubmitted.class, "1", "2", json -> json);
    }

    private ContractUpcasts() {
    }

    private static void step(Class<?> contract, String from, String to, UnaryOperator<ObjectNode> change) {
        STEPS.put(EventContracts.typeName(contract) + "#" + from, new Step(to, change));
    }

    /** Whether a stored (type, revision) can be read: the current revision, or an earlier one with steps to it. */
    public static boolean readable(String typeName, String revision) {
        return upcastRevisions(typeName, revision).isPresent();
    }

    /** The stored JSON of a readable revision, as the current revision's JSON; the argument is not changed. */
    public static JsonNode upcast(String typeName, String revision, JsonNode stored) {
        JsonNode json = stored;
        String at = revision;
        String current = current(typeName).orElseThrow(() -> new IllegalArgumentException("unknown type " + typeName));
        while (!at.equals(current)) {
            Step step = STEPS.get(typeName + "#" + at);
            if (step == null) {
                throw new IllegalArgumentException(typeName + " revision " + at + " cannot be read by this version");
            }
            json = step.change().apply(json.deepCopy());
            at = step.toRevision();
        }
        return json;
    }

    private static Optional<String> upcastRevisions(String typeName, String revision) {
        Optional<String> current = current(typeName);
        if (current.isEmpty() || revision == null) {
            return Optional.empty();
        }
        String at = revision;
        while (!at.equals(current.get())) {
            Step step = STEPS.get(typeName + "#" + at);
            if (step == null) {
                return Optional.empty();
            }
            at = step.toRevision();
        }
        return current;
    }

    private static Optional<String> current(String typeName) {
        return EventContracts.byTypeName(typeName).map(EventContracts::revisionOf);
    }
}
