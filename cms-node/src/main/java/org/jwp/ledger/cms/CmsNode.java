package org.jwp.ledger.cms;

import org.jwp.ledger.node.LedgerNode;
import org.springframework.boot.SpringApplication;

import java.util.Arrays;
import java.util.stream.Stream;

/** The CMS Secretariat's ledger node: node-core with CMS's identity, which no setting can change. */
public final class CmsNode {

    public static final String IDENTITY = "--ledger.secretariat=CMS";

    private CmsNode() {
    }

    public static void main(String[] args) {
        SpringApplication.run(LedgerNode.class, Stream.concat(Arrays.stream(args), Stream.of(IDENTITY))
                .toArray(String[]::new));
    }
}
