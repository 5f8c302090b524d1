package org.jwp.ledger.node.audit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * Feeds an NDJSON export (docs/ledger-format.md §6) to a {@link LedgerVerifier}, line by line in constant memory, and
 * refuses what could be read two ways: a member given twice, data after a line's object, a line kind it does not
 * know, an export without its end line or whose end line does not match what came before it.
 *
 * <p>An event line's envelope is hashed as its bytes stand: this ledger writes them canonical, so they give the hash
 * the line claims, and re-canonicalising 800 bytes per event would cost most of the verification. Only where they do
 * not (a reformatted or altered export) is the envelope parsed and canonicalised, so the result is the same as
 * canonicalising every envelope.
 */
final class ExportReader {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final JsonFactory FACTORY = JSON.getFactory();

    private final LedgerVerifier verifier;
    private final ExportTally tally = new ExportTally();
    private long lineNumber;
    private boolean ended;

    ExportReader(LedgerVerifier verifier) {
        this.verifier = verifier;
    }

    /** Reads the whole export; throws {@link MalformedExport} (with the line) for anything but a complete export. */
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
        if (filled > 0) {
            lineNumber++;
            throw malformed("the export is incomplete: its last line is cut off (no line end)");
        }
        if (!ended) {
            throw new MalformedExport("the export is incomplete: it ends after line " + lineNumber
                    + " without its end line (cut off while it was written or downloaded?)");
        }
    }

    void line(byte[] line) throws IOException {
        lineNumber++;
        if (ended) {
            throw malformed("data after the end line");
        }
        try (JsonParser p = FACTORY.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw malformed("not a JSON object");
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
                    case "envelope" -> env = EnvelopeFields.read(p, this);
                    default -> p.skipChildren();
                }
            }
            if (p.nextToken() != null) {
                throw malformed("data after the line's JSON object");
            }
            accept(kind, line, env, hash);
        } catch (MalformedExport e) {
            throw e;
        } catch (JsonProcessingException e) {
            throw malformed("not valid JSON (" + e.getOriginalMessage() + ")");
        }
    }

    private void accept(String kind, byte[] line, EnvelopeFields env, String hash) throws MalformedExport {
        if (kind == null) {
            throw malformed("a line without its kind");
        }
        switch (kind) {
            case "event" -> {
                if (env == null || hash == null) {
                    throw malformed("an event line without its envelope or hash");
                }
                byte[] asWritten = Arrays.copyOfRange(line, env.start, env.end);
                verifier.event(new LedgerVerifier.Entry(env.origin, env.sequence, env.eventId, asWritten, hash),
                        () -> Envelope.canonical(tree(asWritten)));
                tally.event(env.origin, env.sequence, hash);
            }
            case "checkpoint" -> {
                JsonNode n = tree(line);
                verifier.checkpoint(new Checkpoint(text(n, "origin"), n.path("sequence").asLong(), text(n, "hash"),
                        text(n, "time"), n.path("keyFingerprint").asText(), text(n, "signature")));
                tally.line(kind);
            }
            case "key" -> tally.line(kind); // informational, never trusted
            case ExportTally.END -> {
                String mismatch = tally.mismatch(tree(line)).orElse(null);
                if (mismatch != null) {
                    throw malformed(mismatch);
                }
                ended = true;
            }
            default -> throw malformed("unknown line kind \"" + kind + "\"");
        }
    }

    private String text(JsonNode n, String field) throws MalformedExport {
        if (!n.path(field).isTextual()) {
            throw malformed("a checkpoint line without its " + field);
        }
        return n.get(field).asText();
    }

    MalformedExport malformed(String reason) {
        return new MalformedExport("line " + lineNumber + ": " + reason);
    }

    /** The fields of an envelope the verifier places the event by, and where the envelope's bytes lie in the line. */
    private record EnvelopeFields(String origin, long sequence, String eventId, int start, int end) {

        static EnvelopeFields read(JsonParser p, ExportReader reader) throws IOException {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw reader.malformed("an event's envelope is not a JSON object");
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
                throw reader.malformed("an event's envelope lacks its origin, sequence or eventId");
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
}
