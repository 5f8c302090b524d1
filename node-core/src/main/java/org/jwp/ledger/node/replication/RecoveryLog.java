package org.jwp.ledger.node.replication;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** The record of every recovery of this node's own events from a peer, for auditors. */
@Component
class RecoveryLog {

    /**
     * Events {@code firstSequence..lastSequence} came back from {@code peer}; those up to {@code signedThrough} give
     * the hashes of checkpoints this node signed, the rest only continue that chain (the tail after the last one).
     */
    record Entry(Instant recoveredAt, String peer, long firstSequence, long lastSequence, long signedThrough) {
    }

    private final JdbcTemplate jdbc;

    RecoveryLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void add(Entry e) {
        jdbc.update("insert into ledger_recovery (recovered_at, peer, first_sequence, last_sequence, signed_through) "
                + "values (?, ?, ?, ?, ?)", Timestamp.from(e.recoveredAt()), e.peer(), e.firstSequence(),
                e.lastSequence(), e.signedThrough());
    }

    List<Entry> all() {
        return jdbc.query("select * from ledger_recovery order by id", (rs, n) -> new Entry(
                rs.getTimestamp("recovered_at").toInstant(), rs.getString("peer"), rs.getLong("first_sequence"),
                rs.getLong("last_sequence"), rs.getLong("signed_through")));
    }
}
