package org.jwp.ledger.node.web;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A one-line text (names, symbols, places): at most 200 characters, no control characters. Null passes. */
@Size(max = 200, message = "must be at most 200 characters")
// \p{Cs} matches only half of a surrogate pair (a whole pair is one code point): text no store can encode.
@Pattern(regexp = "[^\\p{Cntrl}\\p{Cs}]*", message = "must not contain control characters, line breaks or half of a "
        + "surrogate pair")
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface ShortText {
    String message() default "invalid text";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
