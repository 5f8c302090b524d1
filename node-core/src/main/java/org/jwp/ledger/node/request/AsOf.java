package org.jwp.ledger.node.request;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** An {@code asOf} parameter: an instant, or a date meaning the end of that day (UTC), so "as of 2023-12-31" includes it. */
public final class AsOf {

    private AsOf() {
    }

    public static Instant parse(String asOf) {
        try {
            return asOf.contains("T") ? Instant.parse(asOf)
                    : LocalDate.parse(asOf).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1);
        } catch (DateTimeParseException e) {
            new Checks().fail("asOf", "must be a date (2023-12-31) or an instant (2023-12-31T18:00:00Z)").orThrow();
            throw e;
        }
    }
}
