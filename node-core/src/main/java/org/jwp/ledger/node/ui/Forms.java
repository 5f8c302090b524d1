package org.jwp.ledger.node.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.ui.Model;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the correction and withdrawal forms share: fields filled with what the record now says, only the fields
 * changed sent on, and the API's refusals shown next to the fields they name.
 */
final class Forms {

    /** The page around a form: its heading and explanation, where it posts, where Cancel leads. */
    record Page(String heading, String intro, String action, String back, String submitLabel) {
    }

    private Forms() {
    }

    static String show(Model model, Page page, List<Field> fields, Map<String, String> values,
                       Map<String, String> errors, String formError) {
        model.addAttribute("heading", page.heading());
        model.addAttribute("intro", page.intro());
        model.addAttribute("action", page.action());
        model.addAttribute("back", page.back());
        model.addAttribute("submitLabel", page.submitLabel());
        model.addAttribute("fields", fields);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("formError", formError);
        model.addAttribute("chosen", chosen(values));
        model.addAttribute("ticked", ticked(values));
        if (!model.containsAttribute("programmes")) {
            model.addAttribute("programmes", List.of());
        }
        return "correction";
    }

    /** The activities ticked (one per line in the form's values), to tick them again. */
    static Set<String> chosen(Map<String, String> values) {
        String codes = values.get("activityCodes");
        return codes == null ? Set.of() : new java.util.HashSet<>(List.of(codes.split("\n")));
    }

    /**
     * The programmes under which an activity is ticked ({@code 2021-2025:B15}): their sections are shown open again
     * when a refused form comes back, so the officer sees what was ticked.
     */
    static Set<String> ticked(Map<String, String> values) {
        Set<String> programmes = new java.util.HashSet<>();
        for (String value : chosen(values)) {
            int colon = value.indexOf(':');
            if (colon > 0) {
                programmes.add(value.substring(0, colon));
            }
        }
        return programmes;
    }

    /** The form's inputs filled with the record's current values. */
    static Map<String, String> values(List<Field> fields, JsonNode current) {
        Map<String, String> values = new HashMap<>();
        fields.forEach(f -> values.put(f.name(), shown(current.path(f.name()), f.kind())));
        return values;
    }

    /** The fields whose value differs from the record as it now reads, as the API takes them. */
    static ObjectNode changed(List<Field> fields, Map<String, String[]> form, JsonNode current) {
        ObjectNode all = FormBody.of(fields, form, "");
        ObjectNode changed = JsonNodeFactory.instance.objectNode();
        for (Field f : fields) {
            JsonNode now = current.path(f.name());
            JsonNode given = all.path(f.name());
            if (given.isMissingNode()) {
                if (!now.isMissingNode() && !now.isNull() && !(now.isArray() && now.isEmpty())
                        && f.kind() != Field.Kind.CHECKBOX) {
                    // Emptied: sent as null (a list as empty), for the API to accept or refuse.
                    if (f.required()) {
                        changed.put(f.name(), "");
                    } else if (now.isArray()) {
                        changed.putArray(f.name());
                    } else {
                        changed.putNull(f.name());
                    }
                }
            } else if (!given.equals(now)) {
                changed.set(f.name(), given);
            }
        }
        return changed;
    }

    /** What was typed, to show the form again as it was sent (several values of one name, one per line). */
    static Map<String, String> submitted(Map<String, String[]> form) {
        Map<String, String> values = new HashMap<>();
        form.forEach((name, v) -> values.put(name, String.join("\n", v)));
        return values;
    }

    /** The reason typed, if any, added to the API request. */
    static void reason(ObjectNode body, Map<String, String[]> form) {
        String reason = form.getOrDefault("reason", new String[]{""})[0].strip();
        if (!reason.isEmpty()) {
            body.put("reason", reason);
        }
    }

    /**
     * Read your own writes: pages read projections, which follow the event store a moment behind; the page waits
     * (at most 5 s) until the projection shows what was just recorded rather than show the state before it.
     */
    static void awaitUntil(java.util.function.BooleanSupplier projected) {
        long deadline = System.currentTimeMillis() + 5_000;
        while (System.currentTimeMillis() < deadline && !projected.getAsBoolean()) {
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The API names fields by their JSON path ("activityCodes[0]"); the form shows each next to its input. */
    static Map<String, String> fieldErrors(ApiForward.Answer answer) {
        Map<String, String> errors = new LinkedHashMap<>();
        answer.body().path("errors").forEach(e -> errors.merge(e.path("field").isTextual()
                        ? e.get("field").asText().replaceAll("[\\[.].*", "") : "", e.path("message").asText(),
                (a, b) -> a + "; " + b));
        return errors;
    }

    static String formError(ApiForward.Answer answer) {
        return answer.status() == 400 ? "Please correct the fields marked below."
                : answer.body().path("title").asText("Refused") + ": " + answer.body().path("detail").asText("");
    }

    private static String shown(JsonNode value, Field.Kind kind) {
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (kind == Field.Kind.CHECKBOX) {
            return value.asBoolean() ? "true" : null;
        }
        if (value.isArray()) {
            StringBuilder lines = new StringBuilder();
            value.forEach(v -> lines.append(lines.isEmpty() ? "" : "\n").append(v.asText()));
            return lines.toString();
        }
        return value.asText();
    }
}
