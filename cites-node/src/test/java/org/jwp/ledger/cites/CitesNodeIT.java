package org.jwp.ledger.cites;

import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.node.NodeLauncher;
import org.jwp.ledger.node.support.PackagedNodeContract;
import org.springframework.context.ConfigurableApplicationContext;

/** The packaged CITES node. */
class CitesNodeIT extends PackagedNodeContract {

    @Override
    protected Secretariat secretariat() {
        return Secretariat.CITES;
    }

    @Override
    protected String defaultPort() {
        return "8081";
    }

    @Override
    protected ConfigurableApplicationContext start(String... args) {
        return NodeLauncher.run(Secretariat.CITES, args);
    }
}
