package org.jwp.ledger.node.report;

import org.jwp.ledger.events.MeetingBody;

/** How the report names the bodies at whose meetings the secretariats represent each other. */
final class Bodies {

    private Bodies() {
    }

    static String label(MeetingBody body) {
        return switch (body) {
            case BLG -> "BLG";
            case IPBES -> "IPBES";
            case EMG_IMG -> "EMG/IMG";
            case CPW -> "CPW";
            case GBF_OEWG -> "post-2020 framework OEWG";
            case OTHER -> "other body";
        };
    }
}
