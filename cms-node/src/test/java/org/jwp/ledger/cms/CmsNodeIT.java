package org.jwp.ledger.cms;

import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.node.NodeLauncher;
import org.jwp.ledger.node.support.PackagedNodeContract;
import org.springframework.context.ConfigurableApplicationContext;

/** The packaged CMS node. */
class CmsNodeIT extends PackagedNodeContract {

    @Override
    protected Secretariat secretariat() {
        return Secretariat.CMS;
    }

    @Override
    protected String defaultPort() {
        return "8082";
    }

    @Override
    protected ConfigurableApplicationContext start(String... args) {
        return NodeLauncher.run(Secretariat.CMS, args);
    }
}
