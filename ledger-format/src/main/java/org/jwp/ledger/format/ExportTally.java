package org.jwp.ledger.format;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What an export holds before its end line (docs/ledger-format.md §6): the number of lines of each kind and each
 * origin's last event. The node writes it as the end line; a verifier counts the same while reading and compares, so
 * an export cut off anywhere, even at a line boundary, or with lines added or dropped, is found incomplete.
 */
public final class ExportTally {

    static final String END = "end";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Long> lines = new LinkedHashMap<>();

    public ExportTally() {
        lines.put("key", 0L);
        lines.put("checkpoint", 0L);
        lines.put("event", 0L);
    }
    private final Map<String, Head> heads = new TreeMap<>();

    private record Head(long sequence, String hash) {
    }

    public void line(String kind) {
        lines.merge(kind, 1L, Long::sum);
    }

    public void event(String origin, long sequence, String hash) {
        line("event");
        heads.put(origin, new Head(sequence, hash));
    }

    /** {@code {"kind":"end","lines":{"key":…,"checkpoint":…,"event":…},"heads":{"CITES":{"sequence":…,"hash":…}}}}. */
    public ObjectNode endLine() {
        ObjectNode end = JSON.createObjectNode().put("kind", END);
        ObjectNode counts = end.putObject("lines");
        lines.forEach(counts::put);
        ObjectNode h = end.putObject("heads");
        heads.forEach((origin, head) -> h.putObject(origin).put("sequence", head.sequence()).put("hash", head.hash()));
        return end;
    }

    /** Why the end line read does not describe what was read before it, if it does not. */
    public Optional<String> mismatch(JsonNode end) {
        Map<String, Long> saidLines;
        Map<String, Head> saidHeads;
        try {
            saidLines = JSON.convertValue(end.get("lines"), new TypeReference<TreeMap<String, Long>>() { });
            saidHeads = JSON.convertValue(end.get("heads"), new TypeReference<TreeMap<String, Head>>() { });
        } catch (IllegalArgumentException e) {
            return Optional.of("the end line does not say what the export holds (lines, heads)");
        }
        if (saidLines == null || !saidLines.equals(new TreeMap<>(lines))) {
            return Optional.of("the export is incomplete or altered: its end line counts " + end.get("lines")
                    + " but it holds " + endLine().get("lines"));
        }
        if (saidHeads == null || !saidHeads.equals(heads)) {
            return Optional.of("the export is incomplete or altered: its end line gives the heads " + end.get("heads")
                    + " but its events end at " + endLine().get("heads"));
        }
        return Optional.empty();
    }
}
