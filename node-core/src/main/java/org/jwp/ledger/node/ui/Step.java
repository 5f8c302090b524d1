package org.jwp.ledger.node.ui;

import org.jwp.ledger.node.lifecycle.Lifecycle;
import org.jwp.ledger.node.lifecycle.Side;

import java.util.List;

/**
 * One workflow step as a form: which API request it makes, and on which kind of item; in which status and to whom it
 * is offered is its workflow's lifecycle's word. {@code path} names the item as {id}.
 */
record Step(String key, String title, String itemType, Actor actor, String path, List<Field> fields) {

    /** Who takes the step: the item's owner, its counterpart, or anyone starting a new item. */
    enum Actor { NEW, OWNER, COUNTERPART }

    boolean startsNewItem() {
        return actor == Actor.NEW;
    }

    boolean offeredFor(String type, String status, boolean weOwnIt) {
        return actor != Actor.NEW && type.equals(itemType)
                && Lifecycle.of(type).offers(key, status, weOwnIt ? Side.OWNER : Side.COUNTERPART);
    }

    String pathFor(String itemId) {
        return path.replace("{id}", itemId == null ? "" : itemId);
    }
}
