package org.jwp.ledger.format;

import java.nio.charset.StandardCharsets;

/**
 * A validating scanner of RFC 8259 JSON over a line's bytes, stricter than a general parser in every doubt: keys in
 * canonical order (so none twice), well-formed UTF-8, valid escapes and numbers, bounded depth and number length. Each
 * method answers whether what stands at {@code pos} is valid and moves past it; what a caller keeps of an object's
 * members it reads in {@link #member}.
 */
class JsonBytes {

    static final java.lang.invoke.VarHandle WORDS = java.lang.invoke.MethodHandles.byteArrayViewVarHandle(
            long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
    private static final int MAX_DEPTH = 200;
    private static final int MAX_NUMBER = 100;
    /** The bytes a string holds as they are: printable ASCII but the quote and the backslash. */
    private static final boolean[] PLAIN = new boolean[256];

    static {
        for (int c = 0x20; c < 0x80; c++) {
            PLAIN[c] = c != '"' && c != '\\';
        }
    }

    final byte[] b;
    final int end;
    int pos;

    JsonBytes(byte[] b, int from, int to) {
        this.b = b;
        this.pos = from;
        this.end = to;
    }

    /** A member of an object at {@code depth}, its key at {@code [keyStart, keyEnd)}: here, any valid value. */
    boolean member(int depth, int keyStart, int keyEnd) {
        return value(depth);
    }

    /** An object whose keys stand in canonical order (so none twice), each member's value read by {@link #member}. */
    final boolean object(int depth) {
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
            if (!colon()) {
                return false;
            }
            if (!member(depth, key + 1, previousKeyEnd)) {
                return false;
            }
            space();
        } while (take(','));
        return take('}');
    }

    final boolean value(int depth) {
        if (pos >= end) {
            return false;
        }
        return switch (b[pos]) {
            case '{' -> object(depth + 1);
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

    /** A string of printable ASCII with no escape (keys and the values taken). */
    final boolean plainString() {
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
            } else {
                int length = c < 0x20 ? -1 : Utf8.length(b, pos, end);
                if (length < 0) {
                    return false;
                }
                pos += length;
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

    final boolean digits() {
        int start = pos;
        while (pos < end && b[pos] >= '0' && b[pos] <= '9') {
            pos++;
        }
        return pos > start;
    }

    static boolean isNumberPart(byte c) {
        return (c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-';
    }

    final boolean literal(String word) {
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

    final void space() {
        while (pos < end && (b[pos] == ' ' || b[pos] == '\t' || b[pos] == '\r' || b[pos] == '\n')) {
            pos++;
        }
    }

    /** The colon between a member's key and value, with the space around it. */
    final boolean colon() {
        space();
        boolean found = take(':');
        space();
        return found;
    }

    final boolean take(char c) {
        if (pos < end && b[pos] == c) {
            pos++;
            return true;
        }
        return false;
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

    final String ascii(int from, int to) {
        return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
    }
}

