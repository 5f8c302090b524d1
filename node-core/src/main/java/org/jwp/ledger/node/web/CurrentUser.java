package org.jwp.ledger.node.web;

import org.jwp.ledger.node.request.Unauthenticated;
import org.jwp.ledger.node.security.SignedIn;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Who is recording: the signed-in member of staff, whose name every recorded event's metadata carries. */
@Component
public class CurrentUser {

    public String name() {
        return SignedIn.current().map(Authentication::getName)
                .orElseThrow(() -> new Unauthenticated("sign in to record"));
    }
}
