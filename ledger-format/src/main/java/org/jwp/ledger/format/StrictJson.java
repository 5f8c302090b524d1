package org.jwp.ledger.format;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;

/**
 * A file read one way only: exactly one JSON object, no byte-order mark before it, no member given twice at any
 * depth, nothing after it. Jackson alone would take the last of two members (so a forged value placed first is
 * checked while the reader shows the other), skip a BOM and ignore a second object.
 */
final class StrictJson {

    private static final ObjectMapper STRICT = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private StrictJson() {
    }

    static JsonNode object(byte[] bytes, String what) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf
                || bytes.length >= 2 && ((bytes[0] & 0xff) == 0xfe || (bytes[0] & 0xff) == 0xff)) {
            throw new IllegalArgumentException(what + " starts with a byte-order mark: it is read as UTF-8 JSON "
                    + "without one");
        }
        JsonNode node;
        try {
            node = STRICT.readTree(bytes);
        } catch (IOException e) {
            throw new IllegalArgumentException(what + " is not exactly one JSON object: " + e.getMessage());
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(what + " is not a JSON object");
        }
        return node;
    }
}
