package org.jwp.ledger.node.ledger.broken;

import org.jwp.ledger.node.ui.PageFor;

/** Deliberately broken, for NodeArchitectureTest only: the ledger reaching up to a page. */
public class ReachesUp {

    public String title() {
        return PageFor.title();
    }
}
