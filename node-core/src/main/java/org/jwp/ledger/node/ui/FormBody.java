package org.jwp.ledger.node.ui;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Map;

/**
 * A submitted form as the API request it stands for. Values are passed on as typed, and the API judges them, so a
 * form can never accept what the API would refuse; empty inputs are left out, as an API client would leave them.
 */
final class FormBody {

    private FormBody() {
    }

    static ObjectNode of(Step step, Map<String, String[]> form, String peer) {
        return of(step.fields(), form, peer);
    }

    static ObjectNode of(List<Field> fields, Map<String, String[]> form, String peer) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        for (Field f : fields) {
            String[] values = form.getOrDefault(f.name(), new String[0]);
            String value = values.length == 0 ? "" : values[0].strip();
            switch (f.kind()) {
                case FIXED -> body.put(f.name(), peer);
                case CHECKBOX -> body.put(f.name(), !value.isEmpty());
                // The API takes numbers only as JSON numbers; anything else goes on as typed, for the API to refuse.
                case NUMBER -> {
                    if (value.matches("-?\\d{1,9}")) {
                        body.put(f.name(), Integer.parseInt(value));
                    } else if (!value.isEmpty()) {
                        body.put(f.name(), value);
                    }
                }
                case ACTIVITIES -> activities(body, f.name(), values);
                case LINES -> array(body, f.name(), value.split("\\R"));
                default -> {
                    if (!value.isEmpty()) {
                        body.put(f.name(), value);
                    }
                }
            }
        }
        return body;
    }

    /**
     * Tick boxes send "programme:code" ("2015-2020:C3"): the programme is the one whose activities were ticked, so
     * C3 of 2015-2020 can never be recorded as C3 of 2021-2025. Ticks in two programmes go on as typed, for the API
     * to refuse next to the field.
     */
    private static void activities(ObjectNode body, String name, String[] values) {
        List<String> ticked = Arrays.stream(values).map(String::strip).filter(v -> !v.isEmpty()).distinct().toList();
        Set<String> programmes = ticked.stream().filter(v -> v.indexOf(':') > 0)
                .map(v -> v.substring(0, v.indexOf(':'))).collect(Collectors.toSet());
        boolean allQualified = !ticked.isEmpty() && ticked.stream().allMatch(v -> v.indexOf(':') > 0);
        if (allQualified && programmes.size() == 1) {
            body.put("programme", programmes.iterator().next());
            array(body, name, ticked.stream().map(v -> v.substring(v.indexOf(':') + 1)).toArray(String[]::new));
        } else {
            array(body, name, ticked.stream().map(v -> v.replace(':', ' ')).toArray(String[]::new));
        }
    }

    private static void array(ObjectNode body, String name, String[] values) {
        ArrayNode array = body.putArray(name);
        // The same code may be offered under both programmes; it is one choice.
        Arrays.stream(values).map(String::strip).filter(v -> !v.isEmpty()).distinct().forEach(array::add);
        if (array.isEmpty()) {
            body.remove(name);
        }
    }
}
