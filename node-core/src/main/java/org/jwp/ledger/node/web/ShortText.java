package org.jwp.ledger.node.web;

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
 * private-use, unassigned and noncharacter code points, and half of a surrogate pair (docs/security.md, finding 4):
 * what a reader of a page or a report could not see, or would see differently from what was stored. Null passes.
 */
@Size(max = 200, message = "must be at most 200 characters")
// \p{Cs} matches only half of a surrogate pair (a whole pair is one code point): text no store can encode.
@Pattern(regexp = "[^\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}\\p{Cs}\\p{Zl}\\p{Zp}]*", message = "must not contain control, "
        + "format (bidirectional, zero-width), private-use or unassigned characters, line breaks or half of a "
        + "surrogate pair")
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface ShortText {
    String message() default "invalid text";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
