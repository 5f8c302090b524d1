package org.jwp.ledger.cites;

import org.jwp.ledger.node.LedgerNode;
import org.springframework.boot.SpringApplication;

import java.util.Arrays;
import java.util.stream.Stream;

/** The CITES Secretariat's ledger node: node-core with CITES's identity, which no setting can change. */
public final class CitesNode {

    public static final String IDENTITY = "--ledger.secretariat=CITES";

    private CitesNode() {
    }

    public static void main(String[] args) {
        SpringApplication.run(LedgerNode.class, Stream.concat(Arrays.stream(args), Stream.of(IDENTITY))
                .toArray(String[]::new));
    }
}
