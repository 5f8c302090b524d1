package org.jwp.ledger.node.progress;

import org.jwp.ledger.node.ledger.UnknownItem;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;

@Component
class ActivityResultQueries {

    private final NamedParameterJdbcTemplate jdbc;

    ActivityResultQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<ActivityResultView> forActivity(String code, String programme, Integer year) {
        StringBuilder sql = new StringBuilder("select * from activity_result where activity_codes @> array[:code]::text[]");
        MapSqlParameterSource p = new MapSqlParameterSource("code", code);
        if (programme != null) {
            sql.append(" and programme = :programme");
            p.addValue("programme", programme);
        }
        if (year != null) {
            sql.append(" and year = :year");
            p.addValue("year", year);
        }
        sql.append(" order by year, acted_on, id");
        return jdbc.query(sql.toString(), p, ROW);
    }

    ActivityResultView one(String id) {
        List<ActivityResultView> found = jdbc.query("select * from activity_result where id = :id",
                new MapSqlParameterSource("id", id), ROW);
        if (found.isEmpty()) {
            throw new UnknownItem(id);
        }
        return found.get(0);
    }

    private static final RowMapper<ActivityResultView> ROW = (rs, n) -> new ActivityResultView(rs.getString("id"),
            rs.getString("recorded_by"), rs.getString("programme"), strings(rs.getArray("activity_codes")), rs.getInt("year"),
            rs.getBoolean("joint"), rs.getString("text"),
            strings(rs.getArray("document_refs")), strings(rs.getArray("species")),
            rs.getDate("acted_on").toLocalDate());

    private static List<String> strings(java.sql.Array array) throws java.sql.SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }
}
