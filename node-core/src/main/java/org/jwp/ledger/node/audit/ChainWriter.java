package org.jwp.ledger.node.audit;

import org.jwp.ledger.node.ledger.LedgerStore;
import org.jwp.ledger.node.ledger.StoredEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Links events into their origin's chain, inside the transaction that appends them: for this node's own events as
 * Axon stores them, for a peer's events after checking the hash the peer claims.
 */
@Component
public class ChainWriter {

    private final JdbcTemplate jdbc;
    private final LedgerStore store;

    ChainWriter(JdbcTemplate jdbc, LedgerStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    /** Chains this node's just-appended events (the origin's head row is locked by this transaction). */
    public void chainLocal(List<String> eventIds) {
        if (eventIds.isEmpty()) {
            return;
        }
        // One lookup per event by its unique id: a plan no table statistics can turn into a scan (an "= any(?)"
        // plan cached while the table was small scanned the whole ledger on every append where autovacuum is off).
        List<StoredEvent> appended = new ArrayList<>();
        for (String id : eventIds) {
            appended.addAll(jdbc.query("select " + LedgerStore.COLUMNS + LedgerStore.FROM
                    + "where e.event_identifier = ?", LedgerStore.ROW, id));
        }
        appended.sort(Comparator.comparing(StoredEvent::origin).thenComparingLong(StoredEvent::sequence));
        for (StoredEvent e : appended) {
            link(e, hashOf(e));
        }
    }

    /** The hash this event must have, given its predecessor in this ledger. */
    public String hashOf(StoredEvent e) {
        String previous = store.chainHash(e.origin(), e.sequence() - 1).orElseThrow(() -> new IllegalStateException(
                "no chain link for " + e.origin() + " #" + (e.sequence() - 1) + " before " + e));
        return ChainHash.next(previous, Envelope.canonical(e));
    }

    public void link(StoredEvent e, String hash) {
        jdbc.update("insert into ledger_chain (origin, sequence, event_id, hash) values (?, ?, ?, ?)",
                e.origin(), e.sequence(), e.eventId(), hash);
    }
}
