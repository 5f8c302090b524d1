package org.jwp.ledger.node.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import org.erdtman.jcs.JsonCanonicalizer;
import org.jwp.ledger.events.EventJson;
import org.jwp.ledger.format.ReportDigest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
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

    private static final ObjectMapper JSON = EventJson.mapper().enable(SerializationFeature.INDENT_OUTPUT)
            .registerModule(new BlackbirdModule());
    private static final ObjectMapper PLAIN = new ObjectMapper();

    private ReportJson() {
    }

    public static byte[] render(Report report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(report, out);
        return out.toByteArray();
    }

    /** Written out as it is made; the stream stays open. */
    static void write(Report report, OutputStream out) {
        try {
            JSON.writer().without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                    .writeValue(out, report);
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The members of a report's JSON its content digest leaves out. */
    public static final List<String> NOT_CONTENT = ReportDigest.NOT_CONTENT;

    /**
     * Streamed from the record into the hash: a report is digested on every build, and a tree or a text of a year
     * with 100,000 passages would not fit a node's heap. Equal to {@link #digestOfJson} of its rendering.
     */
    static String digest(Report report) {
        return CanonicalDigest.sha256(report.content());
    }

    /** The content digest of a report's JSON form, as anyone can recompute it (docs/reports.md). */
    public static String digestOfJson(byte[] reportJson) {
        return ReportDigest.ofJson(reportJson);
    }
}
