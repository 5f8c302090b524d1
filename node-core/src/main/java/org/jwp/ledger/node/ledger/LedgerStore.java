package org.jwp.ledger.node.ledger;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Reads the ledger in its own order: per origin, by gapless sequence (never by Axon's global index). */
@Component
public class LedgerStore {

    private static final String COLUMNS = "origin, origin_sequence, event_identifier, aggregate_identifier, "
            + "sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data";

    static final RowMapper<StoredEvent> ROW = (rs, n) -> new StoredEvent(rs.getString(1), rs.getLong(2),
            rs.getString(3), rs.getString(4), rs.getLong(5), rs.getString(6), rs.getString(7), rs.getString(8),
            rs.getString(9), rs.getBytes(10), rs.getBytes(11));

    private final JdbcTemplate jdbc;

    LedgerStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Events of one origin after a sequence number, in sequence order. */
    public List<StoredEvent> after(String origin, long afterSequence, int limit) {
        return jdbc.query("select " + COLUMNS + " from domain_event_entry where origin = ? and origin_sequence > ? "
                + "order by origin_sequence limit ?", ROW, origin, afterSequence, limit);
    }

    /** Events of every origin, origin by origin, each in sequence order. */
    public List<StoredEvent> all(long afterSequence, int limit) {
        return jdbc.query("select " + COLUMNS + " from domain_event_entry where origin_sequence > ? "
                + "order by origin, origin_sequence limit ?", ROW, afterSequence, limit);
    }

    public Optional<StoredEvent> byEventId(String eventId) {
        return jdbc.query("select " + COLUMNS + " from domain_event_entry where event_identifier = ?", ROW, eventId)
                .stream().findFirst();
    }

    /** The last sequence number of each origin this ledger holds. */
    public Map<String, Long> heads() {
        Map<String, Long> heads = new TreeMap<>();
        jdbc.query("select origin, last_sequence from ledger_origin_head",
                rs -> {
                    heads.put(rs.getString(1), rs.getLong(2));
                });
        return heads;
    }

    public long count() {
        Long n = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        return n == null ? 0 : n;
    }
}
