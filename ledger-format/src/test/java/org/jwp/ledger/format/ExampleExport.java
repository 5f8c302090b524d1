package org.jwp.ledger.format;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * An export as a node writes it (docs/ledger-format.md §6), made up for the readers' tests and measurements: events of
 * each origin given, in their canonical envelopes, with payloads of every JSON shape (nested objects and arrays,
 * numbers, true, false, null, text beyond ASCII and escapes), a checkpoint signed over each origin's head, the end line.
 */
final class ExampleExport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ExampleExport() {
    }

    /** {@code perOrigin} events of each origin, each origin's head signed with its key. */
    static List<String> lines(Map<String, KeyPair> keys, int perOrigin) {
        List<String> lines = new ArrayList<>();
        write(keys, perOrigin, lines::add);
        return lines;
    }

    /** The same, line by line, in constant memory: the chain is computed once for the checkpoints, once for the lines. */
    static void write(Map<String, KeyPair> keys, int perOrigin, Consumer<String> out) {
        ExportTally tally = new ExportTally();
        for (Map.Entry<String, KeyPair> origin : keys.entrySet()) {
            String hash = ChainHash.GENESIS;
            for (int n = 1; n <= perOrigin; n++) {
                hash = ChainHash.next(hash, Envelope.canonical(event(origin.getKey(), n)));
            }
            String time = "2025-12-31T23:59:59Z";
            Checkpoint c = new Checkpoint(origin.getKey(), perOrigin, hash, time,
                    Keys.fingerprint(origin.getValue().getPublic()), Keys.sign(origin.getValue().getPrivate(),
                    Checkpoint.statement(origin.getKey(), perOrigin, hash, time)));
            out.accept(write(JSON.createObjectNode().put("kind", "checkpoint").setAll(
                    (ObjectNode) JSON.valueToTree(c))));
            tally.line("checkpoint");
        }
        for (String origin : keys.keySet()) {
            String hash = ChainHash.GENESIS;
            for (int n = 1; n <= perOrigin; n++) {
                byte[] canonical = Envelope.canonical(event(origin, n));
                hash = ChainHash.next(hash, canonical);
                tally.event(origin, n, hash);
                out.accept("{\"kind\":\"event\",\"envelope\":" + new String(canonical, StandardCharsets.UTF_8)
                        + ",\"hash\":\"" + hash + "\"}");
            }
        }
        out.accept(write(tally.endLine()));
    }

    static byte[] bytes(List<String> lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static StoredEvent event(String origin, int n) {
        String payload = "{\"resultId\":\"" + origin + "-RES-2025-" + n + "\",\"year\":2025,\"joint\":" + (n % 2 == 0)
                + ",\"share\":" + (n % 7) + ".25e-1,\"note\":null,\"species\":[\"Saiga tatarica\",{\"group\":"
                + "\"Sharks\",\"count\":-" + n + "}],\"text\":\"Réunion n° " + n + " à Genève — \\\"CoP20\\\" "
                + "\\u00e9\\n 🐘 " + "x".repeat(n % 400) + "\",\"actedOn\":\"2025-03-01\"}";
        return new StoredEvent(origin, n, origin.toLowerCase() + "-ev-" + n, origin + "-RES-2025-" + n, 0,
                "ActivityResult", "2025-03-01T10:00:00Z", "org.jwp.ledger.events.progress.ActivityResultRecorded",
                "1", payload.getBytes(StandardCharsets.UTF_8),
                ("{\"origin\":\"" + origin + "\",\"recordedBy\":\"officer\"}").getBytes(StandardCharsets.UTF_8), null);
    }

    private static String write(Object node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
