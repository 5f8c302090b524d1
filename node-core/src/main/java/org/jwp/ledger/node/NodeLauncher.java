package org.jwp.ledger.node;

import org.jwp.ledger.events.Secretariat;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.Arrays;
import java.util.stream.Stream;

/** Starts a node for one secretariat; whatever the arguments or environment say, that identity is kept. */
public final class NodeLauncher {

    private NodeLauncher() {
    }

    public static ConfigurableApplicationContext run(Secretariat secretariat, String... args) {
        String[] fixed = Stream.concat(Arrays.stream(args).filter(a -> !a.startsWith("--ledger.secretariat=")),
                Stream.of("--ledger.secretariat=" + secretariat)).toArray(String[]::new);
        return SpringApplication.run(LedgerNode.class, fixed);
    }
}
