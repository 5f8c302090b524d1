package org.jwp.ledger.format;

import java.io.IOException;

/** An export that cannot be verified as it stands: not the documented format, ambiguous, or incomplete. */
public class MalformedExport extends IOException {

    public MalformedExport(String message) {
        super(message);
    }
}
