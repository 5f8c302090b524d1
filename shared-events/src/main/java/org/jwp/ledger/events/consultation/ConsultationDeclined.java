package org.jwp.ledger.events.consultation;

import org.jwp.ledger.events.Contract;
import org.jwp.ledger.events.Secretariat;

import java.time.LocalDate;

/** The consulted secretariat declined to comment. */
@Contract(revision = "1")
public record ConsultationDeclined(
        String replyId,
        String consultationId,
        Secretariat declinedBy,
        String reason,
        LocalDate actedOn) {
}
