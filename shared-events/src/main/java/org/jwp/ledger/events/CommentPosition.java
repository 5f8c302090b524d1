package org.jwp.ledger.events;

/** What a secretariat's comment on the other's listing proposal says, in one word. */
public enum CommentPosition {
    SUPPORT,
    OPPOSE,
    NEUTRAL,
    NO_COMMENT
}
