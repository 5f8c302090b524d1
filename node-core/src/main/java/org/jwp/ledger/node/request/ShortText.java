package org.jwp.ledger.node.request;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A one-line text (names, symbols, places): at most 200 characters of visible text. Refused: control characters and
 * line breaks (also U+2028, U+2029), format characters (bidirectional overrides and isolates, zero-width characters),
 * private-use, unassigned and noncharacter code points, blank-looking letters, variation selectors, more than four
 * combining marks in a row, and half of a surrogate pair (docs/security.md, finding 4):
 * what a reader of a page or a report could not see, or would see differently from what was stored. Null passes.
 */
@Size(max = 200, message = "must be at most 200 characters")
// \p{Cs} matches only half of a surrogate pair (a whole pair is one code point): text no store can encode.
// Blank-looking letters and symbols (the Hangul fillers, the blank Braille pattern), variation selectors and a pile of
// combining marks print as nothing, or as a smear over the line, though they are letters to Unicode (issue 31).
@Pattern(regexp = "(?!.*[\\u115F\\u1160\\u3164\\uFFA0\\u2800\\uFE00-\\uFE0F\\x{E0100}-\\x{E01EF}])(?!.*\\p{M}{5})"
        + "[^\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}\\p{Cs}\\p{Zl}\\p{Zp}]*", message = "must not contain control, "
        + "format (bidirectional, zero-width), private-use, unassigned or blank-looking characters (Hangul filler, "
        + "blank Braille), variation selectors, more than four combining marks in a row, line breaks or half of a "
        + "surrogate pair")
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface ShortText {
    String message() default "invalid text";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
