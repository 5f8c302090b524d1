package org.jwp.ledger.node.audit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * Feeds an NDJSON export (docs/ledger-format.md §6) to a {@link LedgerVerifier}, line by line in constant memory.
 *
 * <p>An event line's envelope is hashed as its bytes stand: this ledger writes them canonical, so they give the hash
 * the line claims, and re-canonicalising 800 bytes per event would cost most of the verification. Only where they do
 * not (a reformatted or altered export) is the envelope parsed and canonicalised, so the result is the same as
 * canonicalising every envelope.
 */
final class ExportReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonFactory FACTORY = JSON.getFactory();

    private final LedgerVerifier verifier;

    ExportReader(LedgerVerifier verifier) {
        this.verifier = verifier;
    }

    void read(InputStream export) throws IOException {
        byte[] buffer = new byte[1 << 20];
        int filled = 0;
        int n;
        while ((n = export.read(buffer, filled, buffer.length - filled)) >= 0) {
            filled += n;
            int start = 0;
            for (int i = filled - n; i < filled; i++) {
                if (buffer[i] == '\n') {
                    line(Arrays.copyOfRange(buffer, start, i));
                    start = i + 1;
                }
            }
            System.arraycopy(buffer, start, buffer, 0, filled - start);
            filled -= start;
            if (filled == buffer.length) { // one line longer than the buffer
                buffer = Arrays.copyOf(buffer, buffer.length * 2);
            }
        }
        line(Arrays.copyOf(buffer, filled));
    }

    void line(byte[] line) throws IOException {
        if (isBlank(line)) {
            return;
        }
        try (JsonParser p = FACTORY.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("an export line is not a JSON object");
            }
            String kind = null;
            String hash = null;
            EnvelopeFields env = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "kind" -> kind = p.getValueAsString();
                    case "hash" -> hash = p.getValueAsString();
                    case "envelope" -> env = EnvelopeFields.read(p);
                    default -> p.skipChildren();
                }
            }
            if ("event".equals(kind) && env != null) {
                byte[] asWritten = Arrays.copyOfRange(line, env.start, env.end);
                verifier.event(new LedgerVerifier.Entry(env.origin, env.sequence, env.eventId, asWritten, hash),
                        () -> Envelope.canonical(tree(asWritten)));
            } else if ("checkpoint".equals(kind)) {
                JsonNode n = tree(line);
                verifier.checkpoint(new Checkpoint(n.get("origin").asText(), n.get("sequence").asLong(),
                        n.get("hash").asText(), n.get("time").asText(), n.path("keyFingerprint").asText(),
                        n.get("signature").asText()));
            }
            // keys and anything newer: informational, never trusted
        }
    }

    /** The fields of an envelope the verifier places the event by, and where the envelope's bytes lie in the line. */
    private record EnvelopeFields(String origin, long sequence, String eventId, int start, int end) {

        static EnvelopeFields read(JsonParser p) throws IOException {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw new IOException("an event's envelope is not a JSON object");
            }
            int start = (int) p.currentTokenLocation().getByteOffset();
            String origin = null;
            long sequence = -1;
            String eventId = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "origin" -> origin = p.getValueAsString();
                    case "sequence" -> sequence = p.getValueAsLong(-1);
                    case "eventId" -> eventId = p.getValueAsString();
                    default -> p.skipChildren();
                }
            }
            int end = (int) p.currentLocation().getByteOffset();
            if (origin == null || eventId == null || sequence < 1) {
                throw new IOException("an event's envelope lacks its origin, sequence or eventId");
            }
            return new EnvelopeFields(origin, sequence, eventId, start, end);
        }
    }

    private static JsonNode tree(byte[] json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isBlank(byte[] line) {
        for (byte b : line) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
