package org.jwp.ledger.format;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.erdtman.jcs.JsonCanonicalizer;
import org.jwp.ledger.events.EventJson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A report's content digest as anyone can recompute it from its JSON form (docs/reports.md): SHA-256 of the RFC 8785
 * form of the report without the members that are not its content.
 */
public final class ReportDigest {

    /** The members of a report's JSON that are not its content: where, when and how it was computed and attested. */
    public static final List<String> NOT_CONTENT = List.of("reference", "asOf", "heads", "attestation",
            "contentSha256");

    private static final ObjectMapper JSON = EventJson.mapper();
    private static final ObjectMapper PLAIN = new ObjectMapper();

    private ReportDigest() {
    }

    public static String ofJson(byte[] reportJson) {
        try {
            ObjectNode content = ((ObjectNode) JSON.readTree(reportJson)).deepCopy();
            content.remove(NOT_CONTENT);
            byte[] canonical = new JsonCanonicalizer(PLAIN.writeValueAsString(content)).getEncodedUTF8();
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
