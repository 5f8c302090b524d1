package org.jwp.ledger.events.consultation;

import org.jwp.ledger.events.Contract;

import java.time.LocalDate;

/** The requesting secretariat gave the other more time to comment. */
@Contract(revision = "1")
public record ConsultationDueDateExtended(
        String consultationId,
        LocalDate previousDueDate,
        LocalDate dueDate,
        LocalDate actedOn) {
}
