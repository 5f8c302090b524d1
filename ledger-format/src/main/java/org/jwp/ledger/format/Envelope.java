package org.jwp.ledger.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.erdtman.jcs.JsonCanonicalizer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The documented envelope of one event (docs/ledger-format.md) and its canonical bytes: RFC 8785 (JCS) of the
 * envelope, as computed by the reference implementation of the RFC's author.
 */
public final class Envelope {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Envelope() {
    }

    public static ObjectNode of(StoredEvent e) {
        ObjectNode env = JSON.createObjectNode();
        env.put("origin", e.origin());
        env.put("sequence", e.sequence());
        env.put("eventId", e.eventId());
        env.put("type", e.payloadType());
        env.put("revision", e.payloadRevision());
        env.put("aggregateId", e.aggregateId());
        env.put("aggregateType", e.aggregateType());
        env.put("aggregateSequence", e.aggregateSequence());
        env.put("time", e.timestamp());
        env.set("payload", tree(e.payload()));
        env.set("metadata", e.metadata() == null ? JSON.createObjectNode() : tree(e.metadata()));
        return env;
    }

    /**
     * RFC 8785 canonical UTF-8 bytes of an envelope (or of any JSON value): written directly where it can be
     * ({@link CanonicalJson}), else by the reference implementation.
     */
    public static byte[] canonical(JsonNode envelope) {
        return CanonicalJson.of(envelope).orElseGet(() -> reference(envelope));
    }

    /** The reference implementation of the RFC's author, over the value's text. */
    static byte[] reference(JsonNode envelope) {
        try {
            return new JsonCanonicalizer(JSON.writeValueAsString(envelope)).getEncodedUTF8();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot canonicalise", e);
        }
    }

    public static byte[] canonical(StoredEvent e) {
        return canonical(of(e));
    }

    /**
     * The canonical bytes of an event's envelope before and after its sequence number's digits, for an event whose
     * sequence is not yet known: {@code canonical(e with sequence n) = before + digits(n) + after} for every n. The
     * store's append trigger completes the hash with the sequence it assigns (V7 migration).
     */
    public static Split aroundSequence(StoredEvent e) {
        String canonical = new String(canonical(e), StandardCharsets.UTF_8);
        String digits = Long.toString(e.sequence());
        // Keys are sorted, so the envelope's own "sequence" is followed only by "time" and "type", both strings: the
        // last match is the envelope's, whatever the payload and metadata contain.
        String mark = ",\"sequence\":" + digits + ",\"time\":";
        int at = canonical.lastIndexOf(mark);
        if (at < 0) {
            throw new IllegalStateException("no sequence in the canonical envelope of " + e.eventId());
        }
        int digitsAt = at + mark.indexOf(digits);
        return new Split(canonical.substring(0, digitsAt).getBytes(StandardCharsets.UTF_8),
                canonical.substring(digitsAt + digits.length()).getBytes(StandardCharsets.UTF_8));
    }

    /** The canonical bytes on either side of the sequence number. */
    public record Split(byte[] before, byte[] after) {
    }

    private static JsonNode tree(byte[] json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("stored JSON is unreadable", e);
        }
    }
}
