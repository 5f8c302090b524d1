package org.jwp.ledger.node.report;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Set;
import java.util.TreeSet;

/** Which activities of a programme some result of a year concerns: what a year's report will have to say. */
@Component
public class ResultCoverage {

    private final JdbcTemplate jdbc;

    ResultCoverage(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Set<String> activitiesWithResults(String programme, int year) {
        return new TreeSet<>(jdbc.queryForList("select distinct unnest(activity_codes) from activity_result "
                + "where programme = ? and year = ?", String.class, programme, year));
    }
}
