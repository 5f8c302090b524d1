package org.jwp.ledger.format;

import java.nio.charset.StandardCharsets;

/**
 * Reads an event line as this ledger writes it ({@code {"kind":"event","envelope":{…},"hash":"…"}}, the envelope in
 * canonical form) straight from its bytes, without the general parser: the verifier's hot path. It is a validating
 * scanner for RFC 8259 JSON, stricter than the parser in every doubt, and it answers only where it is sure the strict
 * parser would read the line without error and find the same kind, hash, origin, sequence, eventId and envelope
 * bytes. Anything else (another member or kind, an escape or a non-ASCII byte in a value it takes, keys out of
 * canonical order, invalid UTF-8, deep nesting, long numbers, data after the object) it leaves to the strict parser,
 * which names what is wrong. So the verdict is the strict parser's, whichever reads a line.
 */
final class ExportScanner {

    private static final int MAX_DEPTH = 200;
    private static final java.lang.invoke.VarHandle WORDS = java.lang.invoke.MethodHandles.byteArrayViewVarHandle(
            long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
    /** The bytes a string holds as they are: printable ASCII but the quote and the backslash. */
    private static final boolean[] PLAIN = new boolean[256];

    static {
        for (int c = 0x20; c < 0x80; c++) {
            PLAIN[c] = c != '"' && c != '\\';
        }
    }
    private static final int MAX_NUMBER = 100;
    private static final byte[] ORIGIN = "origin".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EVENT_ID = "eventId".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SEQUENCE = "sequence".getBytes(StandardCharsets.US_ASCII);

    private final byte[] b;
    private final int end;
    private int pos;

    // what an event line gives the verifier
    private String kind;
    private String hash;
    private int envelopeStart = -1;
    private int envelopeEnd;
    private String origin;
    private String eventId;
    private long sequence = -1;

    private ExportScanner(byte[] b, int from, int to) {
        this.b = b;
        this.pos = from;
        this.end = to;
    }

    /** The event line {@code [from, to)} of {@code chunk}, or null where the strict parser must read it. */
    static ExportLine scan(byte[] chunk, int from, int to, long number) {
        ExportScanner s = new ExportScanner(chunk, from, to);
        if (!s.line() || !"event".equals(s.kind) || s.hash == null || s.envelopeStart < 0 || s.origin == null
                || s.eventId == null || s.sequence < 1) {
            return null;
        }
        return new ExportLine(number, s.kind, s.hash, s.origin, s.sequence, s.eventId, chunk, s.envelopeStart,
                s.envelopeEnd, null, null, null);
    }

    /** The line's one object, its members kind, hash and envelope each at most once, and nothing after it. */
    private boolean line() {
        space();
        if (!take('{')) {
            return false;
        }
        space();
        if (take('}')) {
            return false;
        }
        do {
            space();
            int key = pos;
            if (!plainString()) {
                return false;
            }
            String name = ascii(key + 1, pos - 1);
            space();
            if (!take(':')) {
                return false;
            }
            space();
            if (!member(name)) {
                return false;
            }
            space();
        } while (take(','));
        if (!take('}')) {
            return false;
        }
        space();
        return pos == end;
    }

    private boolean member(String name) {
        switch (name) {
            case "kind" -> {
                if (kind != null) {
                    return false;
                }
                kind = plainValue();
                return kind != null;
            }
            case "hash" -> {
                if (hash != null) {
                    return false;
                }
                hash = plainValue();
                return hash != null;
            }
            case "envelope" -> {
                if (envelopeStart >= 0 || pos >= end || b[pos] != '{') {
                    return false;
                }
                envelopeStart = pos;
                boolean ok = object(1, true);
                envelopeEnd = pos;
                return ok;
            }
            default -> {
                return false;
            }
        }
    }

    /** An object whose keys stand in canonical order (so none twice); at depth 1, the envelope's own members. */
    private boolean object(int depth, boolean envelope) {
        if (depth > MAX_DEPTH) {
            return false;
        }
        pos++; // '{'
        space();
        if (take('}')) {
            return true;
        }
        int previousKey = -1;
        int previousKeyEnd = -1;
        do {
            space();
            int key = pos;
            if (!plainString()) {
                return false;
            }
            if (previousKey >= 0 && !ascending(previousKey, previousKeyEnd, key + 1, pos - 1)) {
                return false; // out of canonical order, or given twice
            }
            previousKey = key + 1;
            previousKeyEnd = pos - 1;
            space();
            if (!take(':')) {
                return false;
            }
            space();
            if (!(envelope ? envelopeMember(key + 1, previousKeyEnd) : value(depth))) {
                return false;
            }
            space();
        } while (take(','));
        return take('}');
    }

    private boolean envelopeMember(int keyStart, int keyEnd) {
        // Most members are none of the three: told apart by their bytes, without making a string of each name.
        String name = is(keyStart, keyEnd, ORIGIN) ? "origin" : is(keyStart, keyEnd, EVENT_ID) ? "eventId"
                : is(keyStart, keyEnd, SEQUENCE) ? "sequence" : "";
        switch (name) {
            case "origin" -> {
                origin = plainValue();
                return origin != null;
            }
            case "eventId" -> {
                eventId = plainValue();
                return eventId != null;
            }
            case "sequence" -> {
                int start = pos;
                while (pos < end && pos - start <= 18 && b[pos] >= '0' && b[pos] <= '9') {
                    pos++;
                }
                int digits = pos - start;
                if (digits == 0 || digits > 18 || (b[start] == '0' && digits > 1) || (pos < end && isNumberPart(b[pos]))) {
                    return false;
                }
                long value = 0;
                for (int i = start; i < pos; i++) {
                    value = value * 10 + (b[i] - '0');
                }
                sequence = value;
                return true;
            }
            default -> {
                return value(1);
            }
        }
    }

    private boolean value(int depth) {
        if (pos >= end) {
            return false;
        }
        return switch (b[pos]) {
            case '{' -> object(depth + 1, false);
            case '[' -> array(depth + 1);
            case '"' -> string();
            case 't' -> literal("true");
            case 'f' -> literal("false");
            case 'n' -> literal("null");
            default -> number();
        };
    }

    private boolean array(int depth) {
        if (depth > MAX_DEPTH) {
            return false;
        }
        pos++; // '['
        space();
        if (take(']')) {
            return true;
        }
        do {
            space();
            if (!value(depth)) {
                return false;
            }
            space();
        } while (take(','));
        return take(']');
    }

    /** A string value of ASCII without escapes, as the strict parser would give it; null if it is anything else. */
    private String plainValue() {
        int start = pos;
        return plainString() ? ascii(start + 1, pos - 1) : null;
    }

    /** A string of printable ASCII with no escape (keys and the values taken). */
    private boolean plainString() {
        if (pos >= end || b[pos] != '"') {
            return false;
        }
        int p = plainRun(pos + 1);
        pos = p + 1;
        return p < end && b[p] == '"';
    }

    /** Any valid string: escapes as RFC 8259 has them, well-formed UTF-8 (RFC 3629), no control character. */
    private boolean string() {
        pos++; // '"'
        while (pos < end) {
            int p = plainRun(pos);
            pos = p;
            if (p >= end) {
                return false;
            }
            int c = b[p] & 0xFF;
            if (c == '"') {
                pos++;
                return true;
            } else if (c == '\\') {
                if (!escape()) {
                    return false;
                }
            } else if (c < 0x20 || !utf8(c)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Where the run of plain bytes from {@code p} ends (the first quote, backslash, control or non-ASCII byte, or the
     * end). Eight bytes at a time while none of them is one of those, the usual word tests for "some byte is zero" and
     * "some byte is below n" telling so exactly; byte by byte in the word that holds one.
     */
    private int plainRun(int p) {
        while (p + Long.BYTES <= end) {
            long w = (long) WORDS.get(b, p);
            long quote = w ^ 0x2222222222222222L;
            long backslash = w ^ 0x5C5C5C5C5C5C5C5CL;
            long special = ((quote - 0x0101010101010101L) & ~quote)
                    | ((backslash - 0x0101010101010101L) & ~backslash)
                    | ((w - 0x2020202020202020L) & ~w)
                    | w;
            if ((special & 0x8080808080808080L) != 0) {
                break;
            }
            p += Long.BYTES;
        }
        while (p < end && PLAIN[b[p] & 0xFF]) {
            p++;
        }
        return p;
    }

    private boolean escape() {
        pos++;
        if (pos >= end) {
            return false;
        }
        byte c = b[pos++];
        if (c == 'u') {
            for (int i = 0; i < 4; i++) {
                if (pos >= end || Character.digit(b[pos++], 16) < 0) {
                    return false;
                }
            }
            return true;
        }
        return c == '"' || c == '\\' || c == '/' || c == 'b' || c == 'f' || c == 'n' || c == 'r' || c == 't';
    }

    /** One multi-byte UTF-8 character starting with {@code first}: shortest form, no surrogate, at most U+10FFFF. */
    private boolean utf8(int first) {
        int length;
        int min;
        if (first >= 0xC2 && first <= 0xDF) {
            length = 2;
            min = 0x80;
        } else if (first >= 0xE0 && first <= 0xEF) {
            length = 3;
            min = 0x800;
        } else if (first >= 0xF0 && first <= 0xF4) {
            length = 4;
            min = 0x10000;
        } else {
            return false;
        }
        if (pos + length > end) {
            return false;
        }
        int cp = first & (0xFF >> (length + 1));
        for (int i = 1; i < length; i++) {
            int next = b[pos + i] & 0xFF;
            if ((next & 0xC0) != 0x80) {
                return false;
            }
            cp = (cp << 6) | (next & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            return false;
        }
        pos += length;
        return true;
    }

    /** {@code -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?}, not too long, and then no other number part. */
    private boolean number() {
        int start = pos;
        take('-');
        if (pos < end && b[pos] == '0') {
            pos++;
        } else if (!digits()) {
            return false;
        }
        if (take('.') && !digits()) {
            return false;
        }
        if (pos < end && (b[pos] == 'e' || b[pos] == 'E')) {
            pos++;
            if (!take('+')) {
                take('-');
            }
            if (!digits()) {
                return false;
            }
        }
        return pos - start <= MAX_NUMBER && (pos >= end || !isNumberPart(b[pos]));
    }

    private boolean digits() {
        int start = pos;
        while (pos < end && b[pos] >= '0' && b[pos] <= '9') {
            pos++;
        }
        return pos > start;
    }

    private static boolean isNumberPart(byte c) {
        return (c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-';
    }

    private boolean literal(String word) {
        if (pos + word.length() > end) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (b[pos + i] != word.charAt(i)) {
                return false;
            }
        }
        pos += word.length();
        // "truex" is not a literal: the strict parser names it
        return pos >= end || !Character.isLetterOrDigit(b[pos]);
    }

    private void space() {
        while (pos < end && (b[pos] == ' ' || b[pos] == '\t' || b[pos] == '\r' || b[pos] == '\n')) {
            pos++;
        }
    }

    private boolean take(char c) {
        if (pos < end && b[pos] == c) {
            pos++;
            return true;
        }
        return false;
    }

    private boolean is(int from, int to, byte[] name) {
        if (to - from != name.length) {
            return false;
        }
        for (int i = 0; i < name.length; i++) {
            if (b[from + i] != name[i]) {
                return false;
            }
        }
        return true;
    }

    /** Whether key {@code [c, cEnd)} comes strictly after key {@code [a, aEnd)} (ASCII: bytes order as UTF-16 does). */
    private boolean ascending(int a, int aEnd, int c, int cEnd) {
        int n = Math.min(aEnd - a, cEnd - c);
        for (int i = 0; i < n; i++) {
            int diff = b[c + i] - b[a + i];
            if (diff != 0) {
                return diff > 0;
            }
        }
        return cEnd - c > aEnd - a;
    }

    private String ascii(int from, int to) {
        return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
    }
}
