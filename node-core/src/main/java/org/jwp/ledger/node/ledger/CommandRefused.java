package org.jwp.ledger.node.ledger;

/**
 * A command that breaks a business rule given the item's current state (answered 409 with that state). Thrown by
 * aggregates before they apply anything, so a refusal never changes the ledger.
 */
public class CommandRefused extends RuntimeException {

    private final String currentStatus;

    public CommandRefused(String message, String currentStatus) {
        super(message);
        this.currentStatus = currentStatus;
    }

    public CommandRefused(String message, Enum<?> currentStatus) {
        this(message, currentStatus == null ? null : currentStatus.name());
    }

    public String currentStatus() {
        return currentStatus;
    }
}
