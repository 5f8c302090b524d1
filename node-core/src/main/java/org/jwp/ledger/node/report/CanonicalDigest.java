package org.jwp.ledger.node.report;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import org.jwp.ledger.events.EventJson;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of a record's RFC 8785 (JCS) canonical JSON, written straight into the digest: no tree, no text, so a
 * report of 100,000 passages is digested in the memory of one buffer. This is exact only for what a report holds:
 * objects, arrays, strings, integers below 2^53 and booleans — members sorted by name (UTF-16 order, as
 * {@link String#compareTo}), strings escaped as ECMAScript's {@code JSON.stringify} does, nothing else escaped, UTF-8.
 * The contracts' own mapper ({@link EventJson#mapper}) with sorted members and those escapes. {@code ReportJsonTest}
 * holds it equal to the tree-and-canonicaliser form anyone can recompute.
 */
final class CanonicalDigest {

    private static final ObjectMapper CANONICAL = canonical();

    private static ObjectMapper canonical() {
        ObjectMapper mapper = ((JsonMapper) EventJson.mapper()).rebuild()
                .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .addModule(new BlackbirdModule())
                .build();
        // The mapper is new and its own: setting escapes on its factory touches no other.
        mapper.getFactory().setCharacterEscapes(new JcsEscapes());
        return mapper;
    }

    private CanonicalDigest() {
    }

    static String sha256(Object value) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            // Through a Writer: Jackson's byte generator escapes a surrogate pair (an emoji) once custom escapes are
            // set, its character generator passes it on and the encoder writes it as one 4-byte UTF-8 sequence.
            try (Writer out = new BufferedWriter(new OutputStreamWriter(new DigestOutputStream(
                    OutputStream.nullOutputStream(), sha), StandardCharsets.UTF_8), 1 << 16)) {
                CANONICAL.writeValue(out, value);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * RFC 8785 §3.2.2.2: the five short escapes, {@code \"} and {@code \\}, other controls as {@code \}{@code u00xx}
     * in lower case (Jackson's default writes upper case), and nothing else; non-ASCII is written as UTF-8.
     */
    private static final class JcsEscapes extends CharacterEscapes {

        private final int[] ascii = standardAsciiEscapesForJSON();

        JcsEscapes() {
            for (int c = 0; c < 0x20; c++) {
                if (c != '\b' && c != '\t' && c != '\n' && c != '\f' && c != '\r') {
                    ascii[c] = ESCAPE_CUSTOM;
                }
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            // Jackson asks here for every non-ASCII character too: those are written as they are (null).
            return ch < 0x20 ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }
}
