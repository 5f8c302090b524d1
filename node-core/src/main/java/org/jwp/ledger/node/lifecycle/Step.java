package org.jwp.ledger.node.lifecycle;

import java.util.Set;

/**
 * One step of a workflow: its key (as the pages and docs/api.md name it), who takes it, in which statuses, the status
 * it leads to, and the event that records it.
 */
public record Step(String key, Side side, Set<String> from, String to, Class<? extends Record> event) {

    public Step {
        from = Set.copyOf(from);
    }

    public boolean allowedIn(String status) {
        return from.contains(status);
    }
}
