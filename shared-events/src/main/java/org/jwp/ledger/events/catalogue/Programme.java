package org.jwp.ledger.events.catalogue;

import org.jwp.ledger.events.ActivityCode;

import java.util.List;
import java.util.Optional;

/** A joint work programme: its period, themes in order and shared species of particular attention. */
public record Programme(String id, String title, int firstYear, int lastYear,
                        List<Theme> themes, List<SpeciesGroup> sharedSpecies) {

    public Programme {
        themes = List.copyOf(themes);
        sharedSpecies = List.copyOf(sharedSpecies);
    }

    public List<ActivityCode> activityCodes() {
        return themes.stream().flatMap(t -> t.activities().stream()).map(Activity::code).toList();
    }

    public Optional<Activity> activity(ActivityCode code) {
        return themes.stream().flatMap(t -> t.activities().stream()).filter(a -> a.code().equals(code)).findFirst();
    }

    public boolean covers(int year) {
        return year >= firstYear && year <= lastYear;
    }
}
