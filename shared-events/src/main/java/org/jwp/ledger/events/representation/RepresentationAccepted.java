package org.jwp.ledger.events.representation;

import org.jwp.ledger.events.Contract;
import org.jwp.ledger.events.Secretariat;

import java.time.LocalDate;

/** The representative secretariat agreed to attend, in its own stream ({@code responseId}). */
@Contract(revision = "1")
public record RepresentationAccepted(
        String responseId,
        String representationId,
        Secretariat acceptedBy,
        String note,
        LocalDate actedOn) {
}
