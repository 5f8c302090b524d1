package org.jwp.ledger.node.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.jwp.ledger.events.EventJson;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/** The JSON form of a report, and its digest: SHA-256 of the JSON form without its {@code sha256} member. */
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

    static String digest(Report unsigned) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(render(unsigned.withSha256(null))));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
