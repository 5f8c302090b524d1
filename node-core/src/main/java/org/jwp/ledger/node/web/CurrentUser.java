package org.jwp.ledger.node.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is recording: the signed-in member of staff, whose name every recorded event's metadata carries. */
@Component
public class CurrentUser {

    public String name() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        if (a == null || !a.isAuthenticated() || a.getName() == null) {
            throw new Unauthenticated("sign in to record");
        }
        return a.getName();
    }
}
