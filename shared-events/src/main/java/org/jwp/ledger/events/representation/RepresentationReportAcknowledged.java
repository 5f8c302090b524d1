package org.jwp.ledger.events.representation;

import org.jwp.ledger.events.Contract;

import java.time.LocalDate;

/** The represented secretariat acknowledged the representative's report, closing the item. */
@Contract(revision = "1")
public record RepresentationReportAcknowledged(
        String representationId,
        String note,
        LocalDate actedOn) {
}
