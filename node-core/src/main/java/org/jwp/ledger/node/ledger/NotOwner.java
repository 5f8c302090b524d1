package org.jwp.ledger.node.ledger;

import org.jwp.ledger.events.Secretariat;

/** A command would write a stream owned by the other secretariat, or act on its behalf (answered 409). */
public class NotOwner extends CommandRefused {

    public NotOwner(String target, Secretariat owner, Secretariat self) {
        super(target + " belongs to " + owner + "; the " + self + " node records only " + self + "'s own actions",
                (String) null);
    }

    public NotOwner(String message) {
        super(message, (String) null);
    }
}
