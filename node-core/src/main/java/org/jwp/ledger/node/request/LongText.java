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
 * A paragraph (comments, briefs, outcomes): at most 4000 characters; line breaks and tabs allowed, and otherwise the
 * same refusals as {@link ShortText} (control, format, private-use, unassigned characters, U+2028/U+2029). Null passes.
 */
@Size(max = 4000, message = "must be at most 4000 characters")
// \p{Cs} matches only half of a surrogate pair (a whole pair is one code point): text no store can encode.
@Pattern(regexp = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\p{Cf}\\p{Co}\\p{Cn}\\p{Cs}\\p{Zl}\\p{Zp}]*",
        message = "must not contain control, format (bidirectional, zero-width), private-use or unassigned "
                + "characters, or half of a surrogate pair")
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface LongText {
    String message() default "invalid text";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
