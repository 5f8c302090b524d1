package org.jwp.ledger.node.report;

import org.jwp.ledger.events.MeetingBody;

/** How the report names the bodies at whose meetings the secretariats represent each other. */
final class Bodies {

    private Bodies() {
    }

    static String label(MeetingBody body) {
        return body.label();
    }
}
