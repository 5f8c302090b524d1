package org.jwp.ledger.cms;

import org.jwp.ledger.node.LedgerNode;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.Arrays;
import java.util.stream.Stream;

/** The CMS Secretariat's ledger node: node-core with CMS's identity, which no setting can change. */
public final class CmsNode {

    static final String IDENTITY = "--ledger.secretariat=CMS";

    private CmsNode() {
    }

    public static void main(String[] args) {
        start(args);
    }

    static ConfigurableApplicationContext start(String... args) {
        String[] fixed = Stream.concat(Arrays.stream(args).filter(a -> !a.startsWith("--ledger.secretariat=")),
                Stream.of(IDENTITY)).toArray(String[]::new);
        return SpringApplication.run(LedgerNode.class, fixed);
    }
}
