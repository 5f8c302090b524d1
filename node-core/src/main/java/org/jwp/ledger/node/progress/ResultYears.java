package org.jwp.ledger.node.progress;

import org.jwp.ledger.events.catalogue.Programme;
import org.jwp.ledger.node.web.Checks;

import java.time.LocalDate;

/** Which year a result may report on: one rule for recording it and for correcting it. */
final class ResultYears {

    private ResultYears() {
    }

    /**
     * {@code year}: within the programme (or its extension up to this year), and not after the year of the action
     * the result reports ({@code actedOn}).
     */
    static void check(Programme programme, Integer year, LocalDate actedOn, LocalDate today, Checks checks) {
        if (year == null) {
            return;
        }
        if (programme != null) {
            checks.check(year >= programme.firstYear() && year <= Math.max(programme.lastYear(), today.getYear()),
                    "year", "must lie within the programme " + programme.id() + " (or its extension up to this "
                            + "year)");
        }
        checks.check(year <= actedOn.getYear(), "year", "must not be after the year it was recorded for");
    }
}
