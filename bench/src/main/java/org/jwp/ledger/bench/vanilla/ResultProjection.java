package org.jwp.ledger.bench.vanilla;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.jwp.ledger.events.progress.ActivityResultRecorded;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** One tracking projection of the results into PostgreSQL, as the node keeps its results read model. */
@Component
@ProcessingGroup("results")
class ResultProjection {

    private final JdbcTemplate jdbc;

    ResultProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ActivityResultRecorded e) {
        jdbc.update("insert into vanilla_result (result_id, programme, year, text) values (?, ?, ?, ?) "
                + "on conflict (result_id) do nothing", e.resultId(), e.programme(), e.year(), e.text());
    }
}
