package org.jwp.ledger.events.representation;

import org.jwp.ledger.events.Contract;
import org.jwp.ledger.events.Secretariat;

import java.time.LocalDate;

/** The representative secretariat will not attend. */
@Contract(revision = "1")
public record RepresentationDeclined(
        String responseId,
        String representationId,
        Secretariat declinedBy,
        String note,
        LocalDate actedOn) {
}
