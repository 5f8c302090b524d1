package org.jwp.ledger.cms;

import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.node.NodeLauncher;

/** The CMS Secretariat's ledger node: node-core with CMS's identity, which no setting can change. */
public final class CmsNode {

    private CmsNode() {
    }

    public static void main(String[] args) {
        NodeLauncher.run(Secretariat.CMS, args);
    }
}
