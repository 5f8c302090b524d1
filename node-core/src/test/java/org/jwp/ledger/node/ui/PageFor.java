package org.jwp.ledger.node.ui;

/** A stand-in page for NodeArchitectureTest's deliberately broken classes to depend on. */
public final class PageFor {

    private PageFor() {
    }

    public static String title() {
        return "page";
    }
}
