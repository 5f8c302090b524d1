package org.jwp.ledger.node.personaldata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The persons an event's payload names: each top-level field holding sealed personal data. Pure. */
public final class SealedSubjects {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] MARK = "\"subjectId\"".getBytes(StandardCharsets.UTF_8);

    private SealedSubjects() {
    }

    public static List<String> in(byte[] payload) {
        if (payload == null || indexOf(payload) < 0) {
            return List.of(); // nearly every event: answered without parsing it
        }
        List<String> subjects = new ArrayList<>();
        try {
            JsonNode root = JSON.readTree(payload);
            root.forEach(field -> {
                if (field.isObject() && field.path("subjectId").isTextual() && field.path("sealed").isTextual()) {
                    subjects.add(field.get("subjectId").asText());
                }
            });
        } catch (IOException notJson) {
            return List.of();
        }
        return subjects;
    }

    private static int indexOf(byte[] payload) {
        outer:
        for (int i = 0; i <= payload.length - MARK.length; i++) {
            for (int j = 0; j < MARK.length; j++) {
                if (payload[i + j] != MARK[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
