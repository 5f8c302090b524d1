package org.jwp.ledger.node.request;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.stereotype.Component;

import java.util.Comparator;

/**
 * Runs the field constraints of a request body into the same {@link Checks} as the rules across fields and the
 * catalogue, so one 400 answer names every bad field at once.
 */
@Component
public class RequestValidator {

    private final Validator validator;

    RequestValidator(Validator validator) {
        this.validator = validator;
    }

    public Checks validate(Object body) {
        Checks checks = new Checks();
        if (body == null) {
            return checks.fail(null, "the request body is missing");
        }
        validator.validate(body).stream()
                .sorted(Comparator.comparing((ConstraintViolation<Object> v) -> v.getPropertyPath().toString()))
                .forEach(v -> checks.fail(field(v), v.getMessage()));
        return checks;
    }

    /** Hibernate Validator writes list elements as {@code activityCodes[0].<list element>}; keep {@code activityCodes[0]}. */
    private static String field(ConstraintViolation<?> v) {
        return v.getPropertyPath().toString().replace(".<list element>", "");
    }
}
