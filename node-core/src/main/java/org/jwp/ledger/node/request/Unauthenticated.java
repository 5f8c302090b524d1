package org.jwp.ledger.node.request;

/** No credentials, or credentials this node does not recognise (answered 401). */
public class Unauthenticated extends RuntimeException {

    public Unauthenticated(String message) {
        super(message);
    }
}
