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
final class ExportScanner extends JsonBytes {

    private static final byte[] ORIGIN = "origin".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EVENT_ID = "eventId".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SEQUENCE = "sequence".getBytes(StandardCharsets.US_ASCII);

    // what an event line gives the verifier
    private String kind;
    private String hash;
    private int envelopeStart = -1;
    private int envelopeEnd;
    private String origin;
    private String eventId;
    private long sequence = -1;

    private ExportScanner(byte[] b, int from, int to) {
        super(b, from, to);
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
            if (!colon()) {
                return false;
            }
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
                boolean ok = object(1);
                envelopeEnd = pos;
                return ok;
            }
            default -> {
                return false;
            }
        }
    }

    /** The envelope's own members (depth 1): origin, eventId and sequence are kept; every member is validated. */
    @Override
    boolean member(int depth, int keyStart, int keyEnd) {
        if (depth != 1) {
            return value(depth);
        }
        if (is(keyStart, keyEnd, ORIGIN)) {
            origin = plainValue();
            return origin != null;
        }
        if (is(keyStart, keyEnd, EVENT_ID)) {
            eventId = plainValue();
            return eventId != null;
        }
        return is(keyStart, keyEnd, SEQUENCE) ? sequence() : value(1);
    }

    /** A sequence as the strict parser reads it to the same number: 1 to 18 digits, no sign, fraction or exponent. */
    private boolean sequence() {
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

    /** A string value of ASCII without escapes, as the strict parser would give it; null if it is anything else. */
    private String plainValue() {
        int start = pos;
        return plainString() ? ascii(start + 1, pos - 1) : null;
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
}
