package org.jwp.ledger.format;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * RFC 8785 (JCS) of a JSON tree, written directly: every event of the ledger is canonicalised when it is appended,
 * exported, verified and replicated, and going through text and the reference implementation's own parser took a
 * large share of each. Exact for what ledger envelopes hold (objects, arrays, strings, booleans, null and integers of
 * at most 2^53 in magnitude); for anything else (a fraction, an exponent, a larger integer, a lone surrogate) it
 * declines, and the caller uses the reference implementation, whose number formatting (ECMAScript's) is the RFC's.
 * {@code CanonicalJsonTest} holds the two equal on generated trees.
 */
final class CanonicalJson {

    private static final long SAFE = 1L << 53;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private CanonicalJson() {
    }

    /** The canonical UTF-8 bytes, or empty if the tree holds something this writer leaves to the reference. */
    static Optional<byte[]> of(JsonNode node) {
        StringBuilder out = new StringBuilder(512);
        return write(node, out) ? Optional.of(out.toString().getBytes(StandardCharsets.UTF_8)) : Optional.empty();
    }

    private static boolean write(JsonNode node, StringBuilder out) {
        switch (node.getNodeType()) {
            case OBJECT -> {
                List<String> names = new ArrayList<>(node.size());
                node.fieldNames().forEachRemaining(names::add);
                // UTF-16 code units, as String.compareTo orders them: the RFC's order of member names.
                names.sort(null);
                out.append('{');
                for (int i = 0; i < names.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    if (!string(names.get(i), out)) {
                        return false;
                    }
                    out.append(':');
                    if (!write(node.get(names.get(i)), out)) {
                        return false;
                    }
                }
                out.append('}');
                return true;
            }
            case ARRAY -> {
                out.append('[');
                Iterator<JsonNode> elements = node.elements();
                for (int i = 0; elements.hasNext(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    if (!write(elements.next(), out)) {
                        return false;
                    }
                }
                out.append(']');
                return true;
            }
            case STRING -> {
                return string(node.textValue(), out);
            }
            case BOOLEAN -> {
                out.append(node.booleanValue());
                return true;
            }
            case NULL -> {
                out.append("null");
                return true;
            }
            case NUMBER -> {
                if (!node.isIntegralNumber() || !node.canConvertToLong()) {
                    return false;
                }
                long n = node.longValue();
                if (n > SAFE || n < -SAFE) {
                    return false;
                }
                out.append(n);
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    /** ECMAScript's JSON string: the short escapes, other controls as lower-case hex escapes, nothing else escaped. */
    private static boolean string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xf]);
                    } else if (Character.isHighSurrogate(c) && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        return false;
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
        return true;
    }
}
