package org.jwp.ledger.node.ledger;

/**
 * Who is recording now and which of the command's values they only assumed. The ledger asks; the layer that knows
 * the request (the signed-in member of staff, the {@code Ledger-Assumed} header) answers, so the ledger knows no HTTP.
 */
public interface Author {

    /** The name every recorded event's metadata carries as {@code recordedBy}. */
    String name();

    /** The command's values the author marked as assumed; refused with a clear problem if they name no such value. */
    Assumed assumedIn(Object command);
}
