package org.jwp.ledger.node.support;

import org.jwp.ledger.node.LedgerNode;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** What a {@link NodeProcess} runs: a node, as cites-node's and cms-node's own main classes start one. */
public final class NodeMain {

    private NodeMain() {
    }

    public static void main(String[] args) {
        new SpringApplicationBuilder(LedgerNode.class).run(args);
    }
}
