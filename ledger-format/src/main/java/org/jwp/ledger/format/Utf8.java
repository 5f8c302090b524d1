package org.jwp.ledger.format;

/** Well-formed UTF-8 as RFC 3629 has it: the shortest form, no surrogate, nothing beyond U+10FFFF. */
final class Utf8 {

    private Utf8() {
    }

    /** How many bytes the multi-byte character at {@code at} takes; -1 if the bytes there are no such character. */
    static int length(byte[] b, int at, int end) {
        int first = b[at] & 0xFF;
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
            return -1;
        }
        if (at + length > end) {
            return -1;
        }
        int cp = first & (0xFF >> (length + 1));
        for (int i = 1; i < length; i++) {
            int next = b[at + i] & 0xFF;
            if ((next & 0xC0) != 0x80) {
                return -1;
            }
            cp = (cp << 6) | (next & 0x3F);
        }
        return cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) ? -1 : length;
    }
}
