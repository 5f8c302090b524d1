package org.jwp.ledger.node.ledger;

import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.node.lifecycle.Lifecycle;

import java.util.List;

/**
 * The two rules every reply stream shares, whatever its workflow: only the secretariat an item is addressed to answers
 * it, and only in a status where the item's lifecycle allows that step.
 */
public final class Replies {

    private Replies() {
    }

    /** The secretariat the reply's id names, which must be the one the item is addressed to. */
    public static Secretariat answering(String replyId, String itemId, Secretariat addressed) {
        Secretariat replier = ItemIds.replierOf(replyId, itemId);
        if (replier != addressed) {
            throw new NotOwner(itemId + " is addressed to " + addressed + "; " + replier + " cannot answer for "
                    + addressed);
        }
        return replier;
    }

    /**
     * Refuses the step unless the lifecycle allows it where the item stands for the counterpart (its own answer so
     * far, else the owner's stream); the refusal gives the reason in the item's words and the status it is in.
     */
    public static void require(Lifecycle lifecycle, String step, List<Object> ownerStream, Enum<?> ownAnswer,
                               String refusal) {
        String now = lifecycle.forCounterpart(ownerStream, ownAnswer == null ? null : ownAnswer.name());
        if (!lifecycle.allows(step, now)) {
            throw new CommandRefused(refusal + "; it is " + now, now);
        }
    }
}
