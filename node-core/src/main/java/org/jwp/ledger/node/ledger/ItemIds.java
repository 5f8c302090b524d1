package org.jwp.ledger.node.ledger;

import org.jwp.ledger.events.Secretariat;

import java.util.regex.Pattern;

/**
 * Item identifiers carry their owner: {@code CITES-CONS-2025-0007}. The counterpart's answers to an item live in the
 * counterpart's own stream, named after both: CMS's reply to {@code CITES-CONS-2025-0007} is
 * {@code CMS-RE-CITES-CONS-2025-0007}, owned (and written) by CMS.
 */
public final class ItemIds {

    private static final Pattern ITEM = Pattern.compile("(CITES|CMS)-(CONS|LOAN|REP|RES)-[0-9]{4}-[0-9]{4,}");

    private ItemIds() {
    }

    public static String replyTo(String itemId, Secretariat replier) {
        return org.jwp.ledger.events.Authority.replyStream(itemId, replier);
    }

    /** The secretariat answering an item in a reply stream; the stream must be that secretariat's reply to it. */
    public static Secretariat replierOf(String replyId, String itemId) {
        Secretariat replier = Secretariat.ownerOf(replyId);
        if (!replyId.equals(replyTo(itemId, replier))) {
            throw new IllegalArgumentException(replyId + " is not " + replier + "'s reply to " + itemId);
        }
        return replier;
    }

    /** An identifier of the wrong shape names nothing this ledger could hold: answered like an unknown item. */
    public static String requireItemId(String id) {
        if (id == null || !ITEM.matcher(id).matches()) {
            throw new UnknownItem(id);
        }
        return id;
    }
}
