package org.jwp.ledger.node.ledger;

/** The ledger holds an event its origin was not entitled to emit ({@link ActingRights}): nothing reads it as fact. */
public class ForbiddenEvent extends IllegalStateException {

    public ForbiddenEvent(String message) {
        super(message);
    }
}
