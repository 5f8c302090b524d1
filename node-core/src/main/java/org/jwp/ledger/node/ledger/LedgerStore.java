package org.jwp.ledger.node.ledger;

import org.jwp.ledger.format.StoredEvent;
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

    /*
     * Each event's chain hash is looked up by its key (a subquery per row), not joined: while a fresh ledger grows,
     * its statistics still say both tables are nearly empty, and the planner then joined the chain on the origin
     * alone, scanning the origin's whole chain for every event read. A page of the feed became quadratic in the
     * ledger's size (a catch-up fell to a few hundred events a second; BENCHMARKS.md, P3).
     */
    public static final String COLUMNS = "e.origin, e.origin_sequence, e.event_identifier, e.aggregate_identifier, "
            + "e.sequence_number, e.type, e.time_stamp, e.payload_type, e.payload_revision, e.payload, e.meta_data, "
            + "(select c.hash from ledger_chain c where c.origin = e.origin and c.sequence = e.origin_sequence)";
    public static final String FROM = " from domain_event_entry e ";

    public static final RowMapper<StoredEvent> ROW = (rs, n) -> new StoredEvent(rs.getString(1), rs.getLong(2),
            rs.getString(3), rs.getString(4), rs.getLong(5), rs.getString(6), rs.getString(7), rs.getString(8),
            rs.getString(9), rs.getBytes(10), rs.getBytes(11), rs.getString(12));

    private final JdbcTemplate jdbc;

    LedgerStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Events of one origin after a sequence number, in sequence order. */
    public List<StoredEvent> after(String origin, long afterSequence, int limit) {
        return jdbc.query("select " + COLUMNS + FROM + "where e.origin = ? and e.origin_sequence > ? "
                + "order by e.origin_sequence limit ?", ROW, origin, afterSequence, limit);
    }

    /** Events of every origin, origin by origin, each in sequence order. */
    public List<StoredEvent> all(long afterSequence, int limit) {
        return jdbc.query("select " + COLUMNS + FROM + "where e.origin_sequence > ? "
                + "order by e.origin, e.origin_sequence limit ?", ROW, afterSequence, limit);
    }

    /** The events of one stream (an item or a result), in the order they were appended to it. */
    public List<StoredEvent> stream(String aggregateId) {
        return jdbc.query("select " + COLUMNS + FROM + "where e.aggregate_identifier = ? order by e.sequence_number",
                ROW, aggregateId);
    }

    public Optional<StoredEvent> byEventId(String eventId) {
        return jdbc.query("select " + COLUMNS + FROM + "where e.event_identifier = ?", ROW, eventId)
                .stream().findFirst();
    }

    /** Events of one origin in sequence order, handed to the consumer page by page (constant memory). */
    public void forEach(String origin, java.util.function.Consumer<StoredEvent> consumer) {
        long after = 0;
        List<StoredEvent> page;
        do {
            page = after(origin, after, 1000);
            page.forEach(consumer);
            after = page.isEmpty() ? after : page.get(page.size() - 1).sequence();
        } while (page.size() == 1000);
    }

    /** The chain hash of an origin's event at a sequence ({@code GENESIS} before the first). */
    public Optional<String> chainHash(String origin, long sequence) {
        if (sequence == 0) {
            return Optional.of(org.jwp.ledger.format.ChainHash.GENESIS);
        }
        return jdbc.queryForList("select hash from ledger_chain where origin = ? and sequence = ?", String.class,
                origin, sequence).stream().findFirst();
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

    /** When an origin's last event was stored (by the origin's clock): no later event of it may be earlier. */
    public Optional<java.time.Instant> lastStoredAt(String origin) {
        return jdbc.queryForList("select last_stored_at from ledger_origin_head where origin = ?",
                java.sql.Timestamp.class, origin).stream().filter(java.util.Objects::nonNull)
                .map(java.sql.Timestamp::toInstant).findFirst();
    }

    public long count() {
        Long n = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        return n == null ? 0 : n;
    }
}
