package org.jwp.ledger.node.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

/**
 * Who is recording. Until sign-in lands, API clients name themselves in the {@code X-Ledger-User} header and the
 * ledger records that name as given (or "anonymous"); it is a label, not an authentication.
 */
@Component
public class CurrentUser {

    public static final String HEADER = "X-Ledger-User";

    private final HttpServletRequest request;

    CurrentUser(HttpServletRequest request) {
        this.request = request;
    }

    public String name() {
        String header = request.getHeader(HEADER);
        if (header == null || header.isBlank()) {
            return "anonymous";
        }
        String name = header.strip();
        Checks checks = new Checks()
                .check(name.length() <= 100, HEADER, "must be at most 100 characters")
                .check(name.chars().noneMatch(Character::isISOControl), HEADER, "must not contain control characters");
        checks.orThrow();
        return name;
    }
}
