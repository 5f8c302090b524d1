package org.jwp.ledger.node.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Says at start when the database server's autovacuum is off: then no table of the ledger gets planner statistics
 * unless someone runs {@code ANALYZE}, and PostgreSQL plans every read as if the tables were empty. The chain-hash
 * lookup is written (and tested, LedgerReadPlanIT) to stay linear without statistics; other reads may not be, so the
 * administrator should know (docs/operations.md).
 */
@Component
class PlannerStatistics {

    private static final Logger log = LoggerFactory.getLogger(PlannerStatistics.class);

    private final JdbcTemplate jdbc;

    PlannerStatistics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warnIfAutovacuumIsOff() {
        if ("off".equals(jdbc.queryForObject("show autovacuum", String.class))) {
            log.warn("PostgreSQL's autovacuum is off: the ledger's tables get no planner statistics unless ANALYZE is "
                    + "run (docs/operations.md, \"Database settings\")");
        }
    }
}
