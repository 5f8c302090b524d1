package org.jwp.ledger.node.ledger.broken;

import jakarta.servlet.http.HttpServletRequest;

/** Deliberately broken, for NodeArchitectureTest only: the ledger reading who writes from the HTTP request. */
public class ReadsTheRequest {

    public String author(HttpServletRequest request) {
        return request.getRemoteUser();
    }
}
