package org.jwp.ledger.events.catalogue;

import org.jwp.ledger.events.ActivityCode;

import java.util.List;
import java.util.Optional;

/**
 * A joint work programme: its period, the title of the document that reports on it (the annex heading), its
 * introduction as written, themes in order and shared species of particular attention.
 */
public record Programme(String id, String title, int firstYear, int lastYear, String documentTitle,
                        List<String> introduction, List<Theme> themes, List<SpeciesGroup> sharedSpecies) {

    public Programme {
        introduction = introduction == null ? List.of() : List.copyOf(introduction);
        themes = List.copyOf(themes);
        sharedSpecies = List.copyOf(sharedSpecies);
    }

    public List<ActivityCode> activityCodes() {
        return themes.stream().flatMap(t -> t.activities().stream()).map(Activity::code).toList();
    }

    public Optional<Activity> activity(ActivityCode code) {
        return themes.stream().flatMap(t -> t.activities().stream()).filter(a -> a.code().equals(code)).findFirst();
    }

    /** The row of the programme document an activity is written in. */
    public Optional<Row> rowOf(ActivityCode code) {
        return themes.stream().flatMap(t -> t.rows().stream())
                .filter(r -> r.activities().stream().anyMatch(a -> a.code().equals(code))).findFirst();
    }

    public boolean covers(int year) {
        return year >= firstYear && year <= lastYear;
    }
}
