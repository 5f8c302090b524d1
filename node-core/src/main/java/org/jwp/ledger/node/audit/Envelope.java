package org.jwp.ledger.node.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.erdtman.jcs.JsonCanonicalizer;
import org.jwp.ledger.node.ledger.StoredEvent;

import java.io.IOException;
import java.io.UncheckedIOException;

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

    /** RFC 8785 canonical UTF-8 bytes of an envelope (or of any JSON value). */
    public static byte[] canonical(JsonNode envelope) {
        try {
            return new JsonCanonicalizer(JSON.writeValueAsString(envelope)).getEncodedUTF8();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot canonicalise", e);
        }
    }

    public static byte[] canonical(StoredEvent e) {
        return canonical(of(e));
    }

    private static JsonNode tree(byte[] json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("stored JSON is unreadable", e);
        }
    }
}
