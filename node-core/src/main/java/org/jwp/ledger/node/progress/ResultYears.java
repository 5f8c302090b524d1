package org.jwp.ledger.node.progress;

import org.jwp.ledger.events.catalogue.Programme;
import org.jwp.ledger.events.catalogue.ProgrammeCatalogue;
import org.jwp.ledger.node.request.Checks;

import java.time.LocalDate;

/** Which year a result may report on: one rule for recording it and for correcting it (issue 32). */
final class ResultYears {

    private static final ProgrammeCatalogue CATALOGUE = ProgrammeCatalogue.standard();

    private ResultYears() {
    }

    /**
     * {@code year}: one in which {@code programme} is the programme in force — within its period, or after it until
     * the next programme starts (a programme stays in force until its successor is adopted) — and not after the year
     * of the action the result reports ({@code actedOn}).
     */
    static void check(Programme programme, Integer year, LocalDate actedOn, Checks checks) {
        if (year == null) {
            return;
        }
        if (programme != null) {
            checks.check(inForce(programme, year), "year", "must be a year of the programme " + programme.id()
                    + ", or a later one while it is still the programme in force (no later programme has started)");
        }
        checks.check(year <= actedOn.getYear(), "year", "must not be after the year it was recorded for");
    }

    static boolean inForce(Programme programme, int year) {
        try {
            return year >= programme.firstYear() && CATALOGUE.forYear(year).id().equals(programme.id());
        } catch (IllegalArgumentException beforeEveryProgramme) {
            return false;
        }
    }
}
