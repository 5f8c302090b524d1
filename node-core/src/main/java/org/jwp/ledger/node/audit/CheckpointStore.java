package org.jwp.ledger.node.audit;

import org.jwp.ledger.format.Checkpoint;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** Signed checkpoints held by this node: its own and those received from its peers. */
@Component
public class CheckpointStore {

    private static final RowMapper<Checkpoint> ROW = (rs, n) -> new Checkpoint(rs.getString("origin"),
            rs.getLong("sequence"), rs.getString("hash"), rs.getString("signed_at"), rs.getString("key_fingerprint"),
            rs.getString("signature"));

    private final JdbcTemplate jdbc;

    CheckpointStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Checkpoint> latest(String origin) {
        return jdbc.query("select * from ledger_checkpoint where origin = ? order by sequence desc limit 1", ROW,
                origin).stream().findFirst();
    }

    public Optional<Checkpoint> at(String origin, long sequence) {
        return jdbc.query("select * from ledger_checkpoint where origin = ? and sequence = ?", ROW, origin, sequence)
                .stream().findFirst();
    }

    public List<Checkpoint> after(String origin, long sequence, int limit) {
        return jdbc.query("select * from ledger_checkpoint where origin = ? and sequence > ? order by sequence "
                + "limit ?", ROW, origin, sequence, limit);
    }

    public List<Checkpoint> all() {
        return jdbc.query("select * from ledger_checkpoint order by origin, sequence", ROW);
    }

    public void add(Checkpoint c) {
        jdbc.update("insert into ledger_checkpoint (origin, sequence, hash, signed_at, key_fingerprint, signature) "
                + "values (?, ?, ?, ?, ?, ?)", c.origin(), c.sequence(), c.hash(), c.time(), c.keyFingerprint(),
                c.signature());
    }
}
