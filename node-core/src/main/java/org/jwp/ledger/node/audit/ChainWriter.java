package org.jwp.ledger.node.audit;

import org.jwp.ledger.format.Envelope;
import org.jwp.ledger.format.ChainHash;
import org.jwp.ledger.node.ledger.LedgerStore;
import org.jwp.ledger.format.StoredEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Links a peer's events into their origin's chain, inside the transaction that appends them, after checking the hash
 * the peer claims. This node's own events are linked by the insert that stores them (V7 migration, ChainLinkingAppend).
 */
@Component
public class ChainWriter {

    private final JdbcTemplate jdbc;
    private final LedgerStore store;

    ChainWriter(JdbcTemplate jdbc, LedgerStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    /** The hash this event must have, given its predecessor in this ledger. */
    public String hashOf(StoredEvent e) {
        String previous = store.chainHash(e.origin(), e.sequence() - 1).orElseThrow(() -> new IllegalStateException(
                "no chain link for " + e.origin() + " #" + (e.sequence() - 1) + " before " + e));
        return ChainHash.next(previous, Envelope.canonical(e));
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
