package org.jwp.ledger.events.recovery;

import org.jwp.ledger.events.Contract;
import org.jwp.ledger.events.Secretariat;

import java.time.LocalDate;

/**
 * An administrator of this node accepted, as this node's own, events {@code firstSequence..lastSequence} of its chain
 * that a peer handed back after a restore but that no checkpoint this node signed covers (docs/security.md). Recorded
 * right after them, so the ledger itself says who vouched for them, and why.
 */
@Contract(revision = "1")
public record UnprovenEventsAccepted(
        String decisionId,
        Secretariat peer,
        long firstSequence,
        long lastSequence,
        String lastHash,
        String reason,
        LocalDate actedOn) {
}
