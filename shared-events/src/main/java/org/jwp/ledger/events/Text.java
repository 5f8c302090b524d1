package org.jwp.ledger.events;

/**
 * The one rule for free text in contracts: present, not blank, bounded, no control characters but line breaks and tabs,
 * and whole Unicode characters only (no half of a surrogate pair, which no UTF-8 store can hold).
 */
final class Text {

    private Text() {
    }

    static String required(String what, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        if (value.length() > maxLength) {
            throw new IllegalArgumentException(what + " is longer than " + maxLength + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                throw new IllegalArgumentException(what + " contains a control character");
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException(what + " contains half of a surrogate pair: not encodable text");
            }
        }
        return value;
    }
}
