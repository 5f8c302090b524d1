package org.jwp.ledger.node.ledger;

import java.util.List;

/**
 * Read access to another stream in this node's store, for the rules that span both sides of a commitment (a reply
 * needs the request; a request cannot be withdrawn once answered). Injected into aggregate command handlers.
 */
public interface StreamLookup {

    /** The payloads of that stream's events in order; empty if the stream is not (yet) in this ledger. */
    List<Object> events(String aggregateId);

    /** The event that opened an item (its request or proposal); an item this ledger does not hold is unknown. */
    default <T> T opening(String itemId, Class<T> type) {
        return events(itemId).stream().filter(type::isInstance).map(type::cast).findFirst()
                .orElseThrow(() -> new UnknownItem(itemId));
    }
}
