package org.jwp.ledger.events.catalogue;

import org.jwp.ledger.events.ActivityCode;

/** One activity of a programme, with a short title in our own words. */
public record Activity(ActivityCode code, String title) {
}
