package org.jwp.ledger.node.audit;

import org.jwp.ledger.node.ledger.LedgerStore;
import org.jwp.ledger.node.ledger.StoredEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
        // One lookup per event by its unique id, with its predecessor's hash: a plan no table statistics can turn into
        // a scan (an "= any(?)" plan cached while the table was small scanned the whole ledger on every append where
        // autovacuum is off), and one round trip fewer while the origin's row is locked.
        Map<String, String> previous = new HashMap<>();
        List<StoredEvent> appended = new ArrayList<>();
        for (String id : eventIds) {
            jdbc.query("select " + LedgerStore.COLUMNS + ", p.hash" + LedgerStore.FROM + "left join ledger_chain p "
                    + "on p.origin = e.origin and p.sequence = e.origin_sequence - 1 where e.event_identifier = ?",
                    rs -> {
                        StoredEvent e = LedgerStore.ROW.mapRow(rs, 0);
                        appended.add(e);
                        previous.put(e.eventId(), e.sequence() == 1 ? ChainHash.GENESIS : rs.getString(13));
                    }, id);
        }
        appended.sort(Comparator.comparing(StoredEvent::origin).thenComparingLong(StoredEvent::sequence));
        StoredEvent last = null;
        String lastHash = null;
        for (StoredEvent e : appended) {
            boolean follows = last != null && last.origin().equals(e.origin()) && last.sequence() == e.sequence() - 1;
            String before = follows ? lastHash : previous.get(e.eventId());
            if (before == null) {
                throw new IllegalStateException("no chain link for " + e.origin() + " #" + (e.sequence() - 1)
                        + " before " + e);
            }
            lastHash = ChainHash.next(before, Envelope.canonical(e));
            link(e, lastHash);
            last = e;
        }
    }

    /** The hash this event must have, given its predecessor in this ledger. */
    public String hashOf(StoredEvent e) {
        String previous = store.chainHash(e.origin(), e.sequence() - 1).orElseThrow(() -> new IllegalStateException(
                "no chain link for " + e.origin() + " #" + (e.sequence() - 1) + " before " + e));
        return ChainHash.next(previous, Envelope.canonical(e));
    }

    public void link(StoredEvent e, String hash) {
        link(List.of(e), List.of(hash));
    }

    /** Links events with their hashes (same order), in one statement batch. */
    public void link(List<StoredEvent> events, List<String> hashes) {
        if (events.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            StoredEvent e = events.get(i);
            rows.add(new Object[]{e.origin(), e.sequence(), e.eventId(), hashes.get(i)});
        }
        jdbc.batchUpdate("insert into ledger_chain (origin, sequence, event_id, hash) values (?, ?, ?, ?)", rows);
    }
}
