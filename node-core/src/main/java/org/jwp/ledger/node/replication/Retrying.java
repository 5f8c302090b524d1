package org.jwp.ledger.node.replication;

import java.time.Duration;

/** What the loops that keep asking a peer (following its feed, recovering from it) do between tries. */
final class Retrying {

    private Retrying() {
    }

    /** Sleeps; answers false if interrupted, keeping the interrupt so the loop stops. */
    static boolean pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static Duration doubled(Duration backoff, Duration cap) {
        Duration twice = backoff.multipliedBy(2);
        return twice.compareTo(cap) > 0 ? cap : twice;
    }

    /** A failure as an operator reads it on the status page: its kind and message. */
    static String describe(Exception e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
