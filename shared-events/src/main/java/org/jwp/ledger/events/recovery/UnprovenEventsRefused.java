package org.jwp.ledger.events.recovery;

import org.jwp.ledger.events.Contract;
import org.jwp.ledger.events.Secretariat;

import java.time.LocalDate;

/**
 * An administrator of this node refused events {@code firstSequence..lastSequence} of its own chain as a peer handed
 * them back (no checkpoint this node signed covers them): none was appended, and this node records on from its
 * proven head, so the peer's copy ({@code lastHash} at {@code lastSequence}) is from then on a known divergence.
 */
@Contract(revision = "1")
public record UnprovenEventsRefused(
        String decisionId,
        Secretariat peer,
        long firstSequence,
        long lastSequence,
        String lastHash,
        String reason,
        LocalDate actedOn) {
}
