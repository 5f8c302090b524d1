package org.jwp.ledger.node.replication;

import org.jwp.ledger.node.peers.Peer;
import org.jwp.ledger.node.duties.Duties;
import org.jwp.ledger.node.duties.DutyLost;
import org.jwp.ledger.format.StoredEvent;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stores a batch from a peer together with the cursor that says how far this node has read: all or nothing. */
@Component
class Receiver {

    record Cursor(long sequence, String eventId) {
    }

    private final ForeignEvents foreign;
    private final JdbcTemplate jdbc;
    private final ObjectProvider<ReceiveHook> hooks;
    private final Duties duties;

    Receiver(ForeignEvents foreign, JdbcTemplate jdbc, ObjectProvider<ReceiveHook> hooks, Duties duties) {
        this.duties = duties;
        this.foreign = foreign;
        this.jdbc = jdbc;
        this.hooks = hooks;
    }

    Optional<Cursor> cursor(Peer peer) {
        return jdbc.query("select last_sequence, last_event_id from replication_cursor where peer = ?",
                (rs, n) -> new Cursor(rs.getLong(1), rs.getString(2)), peer.id().name()).stream().findFirst();
    }

    /**
     * A page must start right after this node's cursor. Events the peer sends again are checked first (the same bytes,
     * or a refusal naming the different content); a page that only repeats what is held is then refused too: the
     * peer is not answering what it was asked.
     */
    @Transactional
    int receive(Peer peer, List<StoredEvent> batch) {
        String duty = Duties.follower(peer.id());
        if (!duties.standsInTransaction(duty)) { // paused or cut off past its claim: another instance follows now
            throw new DutyLost(duty);
        }
        long asked = cursor(peer).map(Cursor::sequence).orElse(0L);
        int appended = foreign.append(peer.id(), batch);
        if (batch.get(0).sequence() != asked + 1) {
            throw new MalformedFeed("the page starts at sequence " + batch.get(0).sequence() + " but this node asked "
                    + "for the events after " + asked + " (replayed from an older page?)");
        }
        hooks.orderedStream().forEach(h -> h.beforeCommit(peer, batch));
        StoredEvent last = batch.get(batch.size() - 1);
        jdbc.update("""
                        insert into replication_cursor (peer, last_sequence, last_event_id, updated_at)
                        values (?, ?, ?, ?)
                        on conflict (peer) do update set last_sequence = excluded.last_sequence,
                            last_event_id = excluded.last_event_id, updated_at = excluded.updated_at""",
                peer.id().name(), last.sequence(), last.eventId(), Timestamp.from(Instant.now()));
        return appended;
    }
}
