package org.jwp.ledger.node.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.erdtman.jcs.JsonCanonicalizer;
import org.jwp.ledger.events.EventJson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The JSON form of a report, and its content digest: SHA-256 of the RFC 8785 (JCS) canonical form of the report's
 * JSON with the members {@code reference}, {@code asOf}, {@code heads}, {@code attestation} and {@code contentSha256}
 * left out (docs/reports.md).
 */
public final class ReportJson {

    private static final ObjectMapper JSON = EventJson.mapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportJson() {
    }

    public static byte[] render(Report report) {
        try {
            return (JSON.writeValueAsString(report) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the report", e);
        }
    }

    /** The members of a report's JSON its content digest leaves out. */
    public static final java.util.List<String> NOT_CONTENT = java.util.List.of("reference", "asOf", "heads",
            "attestation", "contentSha256");

    static String digest(Report report) {
        return digestOfJson(render(report));
    }

    /** The content digest of a report's JSON form, as anyone can recompute it (docs/reports.md). */
    public static String digestOfJson(byte[] reportJson) {
        try {
            com.fasterxml.jackson.databind.node.ObjectNode tree = (com.fasterxml.jackson.databind.node.ObjectNode)
                    new ObjectMapper().readTree(reportJson);
            tree.remove(NOT_CONTENT);
            byte[] canonical = new JsonCanonicalizer(new ObjectMapper().writeValueAsString(tree)).getEncodedUTF8();
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
