package org.jwp.ledger.node.commitment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jwp.ledger.events.EventJson;
import org.jwp.ledger.node.ledger.Assumed;
import org.jwp.ledger.node.ledger.UnknownItem;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** Reads the commitments projection; every filter is a bound parameter. */
@Component
public class CommitmentQueries {

    public record Filter(CommitmentType type, String status, String counterpart, String activity, Boolean overdue) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final ObjectMapper json = EventJson.mapper();

    CommitmentQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<CommitmentView> list(Filter f, LocalDate today) {
        StringBuilder sql = new StringBuilder("select *, (deadline is not null and deadline < :today) as overdue "
                + "from commitment where true");
        MapSqlParameterSource p = new MapSqlParameterSource("today", Date.valueOf(today));
        if (f.type() != null) {
            sql.append(" and type = :type");
            p.addValue("type", f.type().name());
        }
        if (f.status() != null) {
            sql.append(" and status = :status");
            p.addValue("status", f.status());
        }
        if (f.counterpart() != null) {
            sql.append(" and counterpart = :counterpart");
            p.addValue("counterpart", f.counterpart());
        }
        if (f.activity() != null) {
            sql.append(" and :activity = any(activity_codes)");
            p.addValue("activity", f.activity());
        }
        if (f.overdue() != null) {
            sql.append(" and (deadline is not null and deadline < :today) = :overdue");
            p.addValue("overdue", f.overdue());
        }
        sql.append(" order by overdue desc, deadline nulls last, id");
        return jdbc.query(sql.toString(), p, this::row);
    }

    public CommitmentView one(String id, LocalDate today) {
        MapSqlParameterSource p = new MapSqlParameterSource("id", id).addValue("today", Date.valueOf(today));
        List<CommitmentView> found = jdbc.query("select *, (deadline is not null and deadline < :today) as overdue "
                + "from commitment where id = :id", p, this::row);
        if (found.isEmpty()) {
            throw new UnknownItem(id);
        }
        List<CommitmentView.HistoryEntry> history = jdbc.query("select * from commitment_event "
                + "where commitment_id = :id order by position", p, historyRow(json));
        return found.get(0).withHistory(history);
    }

    private CommitmentView row(ResultSet rs, int n) throws SQLException {
        Date deadline = rs.getDate("deadline");
        return new CommitmentView(rs.getString("id"), CommitmentType.valueOf(rs.getString("type")),
                rs.getString("owner"), rs.getString("counterpart"), rs.getString("status"),
                rs.getBoolean("overdue"), deadline == null ? null : deadline.toLocalDate(), rs.getString("title"),
                rs.getString("programme"), strings(rs.getArray("activity_codes")),
                rs.getDate("opened_on").toLocalDate(), tree(rs.getString("details")), null);
    }

    /** A row of {@code commitment_event} as the item's history shows it; the projection reads it back the same way. */
    static RowMapper<CommitmentView.HistoryEntry> historyRow(ObjectMapper json) {
        return (rs, n) -> {
            Date actedOn = rs.getDate("acted_on");
            try {
                return new CommitmentView.HistoryEntry(rs.getString("type"), rs.getString("origin"),
                        rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant(),
                        actedOn == null ? null : actedOn.toLocalDate(), rs.getString("event_id"),
                        json.readTree(rs.getString("payload")), List.of(json.readValue(rs.getString("earlier"),
                        CommitmentView.EarlierVersion[].class)), Assumed.parse(rs.getString("assumed")).sorted());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("unreadable JSON in the commitments projection", e);
            }
        };
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }

    private JsonNode tree(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable JSON in the commitments projection", e);
        }
    }
}
