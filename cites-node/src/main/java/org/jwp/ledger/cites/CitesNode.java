package org.jwp.ledger.cites;

import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.node.NodeLauncher;

/** The CITES Secretariat's ledger node: node-core with CITES's identity, which no setting can change. */
public final class CitesNode {

    private CitesNode() {
    }

    public static void main(String[] args) {
        NodeLauncher.run(Secretariat.CITES, args);
    }
}
