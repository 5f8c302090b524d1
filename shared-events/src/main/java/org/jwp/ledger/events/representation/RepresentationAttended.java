package org.jwp.ledger.events.representation;

import org.jwp.ledger.events.Contract;
import org.jwp.ledger.events.DocumentReference;
import org.jwp.ledger.events.Secretariat;

import java.time.LocalDate;
import java.util.List;

/** The representative attended and reported back. */
@Contract(revision = "1")
public record RepresentationAttended(
        String responseId,
        String representationId,
        Secretariat attendedBy,
        LocalDate attendedOn,
        boolean statementDelivered,
        String outcome,
        List<DocumentReference> documentRefs,
        LocalDate actedOn) {
}
