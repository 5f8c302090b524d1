package org.jwp.ledger.node.ui;

import java.util.List;
import java.util.Set;

/**
 * One workflow step as a form: which API request it makes, and when it is offered (on which kind of item, in which
 * status, to whom). {@code path} names the item as {id}.
 */
record Step(String key, String title, String itemType, Actor actor, Set<String> statuses, String path,
            List<Field> fields) {

    /** Who takes the step: the item's owner, its counterpart, or anyone starting a new item. */
    enum Actor { NEW, OWNER, COUNTERPART }

    boolean startsNewItem() {
        return actor == Actor.NEW;
    }

    boolean offeredFor(String type, String status, boolean weOwnIt) {
        return type.equals(itemType) && statuses.contains(status)
                && (actor == (weOwnIt ? Actor.OWNER : Actor.COUNTERPART));
    }

    String pathFor(String itemId) {
        return path.replace("{id}", itemId == null ? "" : itemId);
    }
}
