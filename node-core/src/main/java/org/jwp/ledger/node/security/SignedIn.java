package org.jwp.ledger.node.security;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Optional;

/** The member of staff signed in for this request, if any: an anonymous visitor is no one. */
public final class SignedIn {

    private SignedIn() {
    }

    public static Optional<Authentication> current() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        return a != null && a.isAuthenticated() && !(a instanceof AnonymousAuthenticationToken)
                ? Optional.of(a) : Optional.empty();
    }
}
