package org.jwp.ledger.format;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An origin's signed statement that its chain had this head: what a peer and an auditor check a copy against.
 * The signature is Ed25519 over the canonical bytes of {@code {origin, sequence, hash, time}}.
 */
public record Checkpoint(String origin, long sequence, String hash, String time, String keyFingerprint,
                         String signature) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The bytes signed: RFC 8785 of the four signed members. */
    public static byte[] statement(String origin, long sequence, String hash, String time) {
        ObjectNode s = JSON.createObjectNode();
        s.put("origin", origin);
        s.put("sequence", sequence);
        s.put("hash", hash);
        s.put("time", time);
        return Envelope.canonical(s);
    }

    public byte[] statement() {
        return statement(origin, sequence, hash, time);
    }
}
