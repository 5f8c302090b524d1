package org.jwp.ledger.events.progress;

import org.jwp.ledger.events.Contract;

import java.time.LocalDate;

/** The secretariat that recorded a result withdrew it: it no longer stands in reports or read models. */
@Contract(revision = "1")
public record ActivityResultWithdrawn(
        String resultId,
        String reason,
        LocalDate actedOn) {
}
