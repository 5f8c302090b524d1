package org.jwp.ledger.node.ui;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * JSON values (as raw text) that no API field of a kind may accept: wrong types, strings too long, control
 * characters, impossible dates, unknown choices, nesting deeper than any request has. Boundary values that may be
 * valid are in {@link #boundary(Field)}.
 */
final class HostileValues {

    private HostileValues() {
    }

    static Arbitrary<String> forField(Field field) {
        return switch (field.kind()) {
            case TEXT, TEXTAREA -> Arbitraries.oneOf(notAString(), overlong(), withControlCharacter("Prop. 12"),
                    Arbitraries.of("\"half of a pair \\ud83d alone\"", "\"\\udc18 the other half\""),
                    deeplyNested());
            case DATE -> Arbitraries.oneOf(notAString(), overlong(), withControlCharacter("2025-03-01"),
                    Arbitraries.of("\"2025-02-30\"", "\"2025-13-01\"", "\"20250301\"", "\"tomorrow\"",
                            "\"2025-03-01T10:00:00Z\"", "\"-2025-03-01\""), deeplyNested());
            case SELECT, FIXED -> Arbitraries.oneOf(notAString(), overlong(), withControlCharacter("CMS"),
                    unknownChoice(), deeplyNested());
            case NUMBER -> Arbitraries.oneOf(Arbitraries.of("\"2024\"", "2024.5", "1e400", "99999999999999999999",
                    "true", "{}", "[2024]"), overlong(), deeplyNested());
            case CHECKBOX -> Arbitraries.oneOf(Arbitraries.of("\"yes\"", "\"true\"", "1", "0", "2.5", "{}",
                    "[true]"), overlong(), deeplyNested());
            case ACTIVITIES, LINES -> Arbitraries.oneOf(Arbitraries.of("\"A1\"", "1", "true", "{}", "[1]", "[{}]",
                    "[[\"A1\"]]", "[null]"), Arbitraries.strings().ofMinLength(1).ofMaxLength(20).alpha()
                    .map(s -> "[\"A1\",\"\\u0000" + s + "\"]"), deeplyNested());
        };
    }

    /** Values at the edges that may be valid: any answer is fine except a 5xx (or a 2xx that did not record). */
    static Arbitrary<String> boundary(Field field) {
        return switch (field.kind()) {
            case TEXT -> Arbitraries.oneOf(exactly(200), unicodeEdges());
            case TEXTAREA -> Arbitraries.oneOf(exactly(4000), unicodeEdges());
            case DATE -> Arbitraries.of("\"0001-01-01\"", "\"9999-12-31\"", "\"1970-01-01\"", "\"2000-02-29\"",
                    "\"+10000-01-01\"");
            case NUMBER -> Arbitraries.of("0", "-1", "2147483647", "-2147483648", "1900", "3000");
            default -> forField(field);
        };
    }

    private static Arbitrary<String> notAString() {
        return Arbitraries.oneOf(Arbitraries.integers().map(String::valueOf), Arbitraries.of("true", "false",
                "{}", "[]", "[\"x\"]", "{\"value\":\"x\"}", "1.5e308", "-0"));
    }

    private static Arbitrary<String> overlong() {
        return Arbitraries.integers().between(4_001, 300_000).map(n -> "\"" + "x".repeat(n) + "\"");
    }

    private static Arbitrary<String> withControlCharacter(String around) {
        return Arbitraries.chars().range('\u0000', '\u001f').filter(c -> c != '\t' && c != '\n' && c != '\r')
                .map(c -> "\"" + around.substring(0, 2) + String.format("\\u%04x", (int) c) + around.substring(2)
                        + "\"");
    }

    private static Arbitrary<String> unknownChoice() {
        return Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12).filter(s -> !s.equals("CMS"))
                .map(s -> "\"" + s + "\"");
    }

    private static Arbitrary<String> deeplyNested() {
        return Arbitraries.integers().between(1_001, 20_000).map(n -> "[".repeat(n) + "]".repeat(n));
    }

    private static Arbitrary<String> exactly(int length) {
        return Arbitraries.strings().withCharRange('a', 'z').ofLength(length).map(s -> "\"" + s + "\"");
    }

    private static Arbitrary<String> unicodeEdges() {
        return Arbitraries.of("\"🐘 Loxodonta africana\"", "\"\\u202eRTL override\"", "\"Ǆ ǅ ǆ — “quotes”\"",
                "\"\\ud83d\\udc18\"", "\"<script>alert(1)</script>\"", "\"'; drop table domain_event_entry; --\"");
    }
}
