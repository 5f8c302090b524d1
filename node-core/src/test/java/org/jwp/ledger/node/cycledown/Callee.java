package org.jwp.ledger.node.cycledown;

import org.jwp.ledger.node.cycleup.Caller;

/** The other half of the deliberate cycle NodeArchitectureTest shows its rule failing on. */
public class Callee {

    public int answer() {
        return 42;
    }

    public Caller back() {
        return new Caller();
    }
}
