package org.jwp.ledger.node.report;

import java.time.Instant;

/** An event as the report reads it: where it stands in the ledger, when it was stored, and its contract. */
public record LedgerEvent(String origin, long sequence, Instant time, Object payload) {
}
