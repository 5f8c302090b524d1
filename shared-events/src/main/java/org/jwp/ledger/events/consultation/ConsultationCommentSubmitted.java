package org.jwp.ledger.events.consultation;

import org.jwp.ledger.events.CommentPosition;
import org.jwp.ledger.events.Contract;
import org.jwp.ledger.events.DocumentReference;
import org.jwp.ledger.events.Secretariat;

import java.time.LocalDate;

/**
 * The consulted secretariat commented, in its own stream ({@code replyId}) about the other's request.
 *
 * <p>Revision 2: {@code position} may be null, a comment that states no position (readers say "position not
 * stated"); revision 1 always stated one and reads as revision 2 unchanged ({@link org.jwp.ledger.events.ContractUpcasts}).
 * A build that knows only revision 1 holds revision 2 events until it is upgraded, rather than misreading them.
 */
@Contract(revision = "2")
public record ConsultationCommentSubmitted(
        String replyId,
        String consultationId,
        Secretariat commentedBy,
        CommentPosition position,
        String text,
        DocumentReference documentRef,
        LocalDate actedOn) {
}
