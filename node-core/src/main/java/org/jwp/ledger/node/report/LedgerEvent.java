package org.jwp.ledger.node.report;

import org.jwp.ledger.node.ledger.Assumed;

import java.time.Instant;

/**
 * An event as the report reads it: where it stands in the ledger, when it was stored, its contract, and which of its
 * values its recorder assumed (printed with a mark).
 */
public record LedgerEvent(String origin, long sequence, Instant time, Object payload, Assumed assumed) {

    public LedgerEvent(String origin, long sequence, Instant time, Object payload) {
        this(origin, sequence, time, payload, Assumed.NONE);
    }
}
