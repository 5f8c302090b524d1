package org.jwp.ledger.events;

/** The one rule for free text in contracts: present, not blank, bounded, no control characters but line breaks and tabs. */
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
        }
        return value;
    }
}
