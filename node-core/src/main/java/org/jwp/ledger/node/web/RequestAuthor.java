package org.jwp.ledger.node.web;

import org.jwp.ledger.node.ledger.Assumed;
import org.jwp.ledger.node.ledger.Author;
import org.springframework.stereotype.Component;

/** The author of a write is the request's signed-in user; what they assumed, the request's header names. */
@Component
class RequestAuthor implements Author {

    private final CurrentUser user;

    RequestAuthor(CurrentUser user) {
        this.user = user;
    }

    @Override
    public String name() {
        return user.name();
    }

    @Override
    public Assumed assumedIn(Object command) {
        return AssumedHeader.of(command);
    }
}
