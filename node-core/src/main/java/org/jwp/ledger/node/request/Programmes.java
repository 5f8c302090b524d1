package org.jwp.ledger.node.request;

import org.jwp.ledger.events.ActivityCode;
import org.jwp.ledger.events.catalogue.Programme;
import org.jwp.ledger.events.catalogue.ProgrammeCatalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Resolves the programme an action belongs to (given, or the one in force on the day it was done) and checks its
 * activity codes against the catalogue, answering unknown codes with the list of valid ones.
 */
public final class Programmes {

    private static final ProgrammeCatalogue CATALOGUE = ProgrammeCatalogue.standard();

    private Programmes() {
    }

    public record Resolved(Programme programme, List<ActivityCode> codes) {
    }

    public static Resolved resolve(String programmeId, LocalDate actedOn, List<String> codes, Checks checks) {
        Programme programme = programme(programmeId, actedOn, checks);
        if (programme == null || codes == null) {
            return new Resolved(programme, List.of());
        }
        List<ActivityCode> resolved = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            String field = "activityCodes[" + i + "]";
            ActivityCode code = code(programme, codes.get(i), field, checks);
            if (code != null && resolved.contains(code)) {
                checks.fail(field, code + " is listed twice");
            } else if (code != null) {
                resolved.add(code);
            }
        }
        return new Resolved(programme, List.copyOf(resolved));
    }

    public static Programme programme(String programmeId, LocalDate actedOn, Checks checks) {
        if (programmeId != null) {
            Programme p = CATALOGUE.programme(programmeId).orElse(null);
            if (p == null) {
                checks.fail("programme", "unknown programme " + programmeId + "; known: "
                        + CATALOGUE.programmes().stream().map(Programme::id).toList());
            }
            return p;
        }
        try {
            return CATALOGUE.forYear(actedOn.getYear());
        } catch (IllegalArgumentException e) {
            checks.fail("actedOn", e.getMessage());
            return null;
        }
    }

    public static ActivityCode code(Programme programme, String value, String field, Checks checks) {
        ActivityCode code = null;
        try {
            code = value == null ? null : ActivityCode.of(value.strip());
        } catch (IllegalArgumentException ignored) {
            // reported below with the valid codes
        }
        if (code == null || programme.activity(code).isEmpty()) {
            List<String> valid = programme.activityCodes().stream().map(ActivityCode::value).toList();
            checks.fail(field, "unknown activity code '" + value + "' for programme " + programme.id()
                    + "; valid codes: " + String.join(", ", valid));
            checks.with("validActivityCodes", valid);
            return null;
        }
        return code;
    }
}
