package org.jwp.ledger.node.cycleup;

import org.jwp.ledger.node.cycledown.Callee;

/** A deliberately bad import for NodeArchitectureTest: with {@link Callee} it makes a cycle between two packages. */
public class Caller {

    public int call() {
        return new Callee().answer();
    }
}
