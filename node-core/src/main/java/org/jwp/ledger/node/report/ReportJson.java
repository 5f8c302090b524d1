package org.jwp.ledger.node.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.erdtman.jcs.JsonCanonicalizer;
import org.jwp.ledger.events.EventJson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The JSON form of a report, and its content digest: SHA-256 of the RFC 8785 (JCS) canonical form of the report's
 * JSON with the members {@code reference}, {@code asOf}, {@code heads}, {@code attestation} and {@code contentSha256}
 * left out (docs/reports.md).
 */
public final class ReportJson {

    private static final ObjectMapper JSON = EventJson.mapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper PLAIN = new ObjectMapper();

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
    public static final List<String> NOT_CONTENT = List.of("reference", "asOf", "heads", "attestation",
            "contentSha256");

    /** Straight from the record to a tree: a report is digested on every build, so no text round trip. */
    static String digest(Report report) {
        return digestOf(JSON.valueToTree(report));
    }

    /** The content digest of a report's JSON form, as anyone can recompute it (docs/reports.md). */
    public static String digestOfJson(byte[] reportJson) {
        try {
            return digestOf((ObjectNode) JSON.readTree(reportJson));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String digestOf(ObjectNode report) {
        try {
            ObjectNode content = report.deepCopy();
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
