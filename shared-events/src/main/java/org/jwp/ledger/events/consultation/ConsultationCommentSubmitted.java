package org.jwp.ledger.events.consultation;

import org.jwp.ledger.events.CommentPosition;
import org.jwp.ledger.events.Contract;
import org.jwp.ledger.events.DocumentReference;
import org.jwp.ledger.events.Secretariat;

import java.time.LocalDate;

/** The consulted secretariat commented, in its own stream ({@code replyId}) about the other's request. */
@Contract(revision = "1")
public record ConsultationCommentSubmitted(
        String replyId,
        String consultationId,
        Secretariat commentedBy,
        CommentPosition position,
        String text,
        DocumentReference documentRef,
        LocalDate actedOn) {
}
