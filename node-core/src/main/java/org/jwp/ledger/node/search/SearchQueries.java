package org.jwp.ledger.node.search;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * One search box over items and results: PostgreSQL's full-text search (English stemming: "sharks" finds "shark")
 * over their words, and the exact characters typed anywhere in them, for ids and document references.
 */
@Component
public class SearchQueries {

    public static final int LIMIT = 50;

    /** A found item or result; {@code href} its page. */
    public record Hit(String id, String kind, String title, String programme, List<String> activityCodes,
                      List<String> species, List<String> groups, LocalDate actedOn, String href) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    SearchQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Hit> search(String words) {
        MapSqlParameterSource p = new MapSqlParameterSource("q", words)
                .addValue("like", "%" + words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                .addValue("limit", LIMIT);
        return jdbc.query("""
                select s.id, s.kind, s.title, s.programme, s.activity_codes, s.species, s.species_groups, s.acted_on
                from search_entry s, websearch_to_tsquery('english', :q) q
                where s.document @@ q or s.words ilike :like
                order by (s.document @@ q) desc, ts_rank(s.document, q) desc, s.acted_on desc, s.id
                limit :limit""", p, (rs, n) -> {
                    String id = rs.getString(1);
                    String kind = rs.getString(2);
                    return new Hit(id, kind, rs.getString(3), rs.getString(4), strings(rs.getArray(5)),
                            strings(rs.getArray(6)), strings(rs.getArray(7)), rs.getDate(8).toLocalDate(),
                            (kind.equals("RESULT") ? "/results/" : "/items/") + id);
                });
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }
}
