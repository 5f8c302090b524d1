package org.jwp.ledger.events.consultation;

import org.jwp.ledger.events.Contract;

import java.time.LocalDate;

/** The requesting secretariat no longer asks for a comment. */
@Contract(revision = "1")
public record ConsultationWithdrawn(
        String consultationId,
        String reason,
        LocalDate actedOn) {
}
