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

    /**
     * The title of the report on this programme's implementation: the annex heading where the catalogue's document
     * is one (Annex 1, 2015-2020, as written), else "Implementation of the" and the programme's title. A programme's
     * document may be a draft ("Draft CMS-CITES Joint Work Programme 2021-2025", Annex 2): that is the catalogue's
     * history, never the heading of a report.
     */
    public String implementationTitle() {
        return documentTitle != null && documentTitle.startsWith("Implementation of") ? documentTitle
                : "Implementation of the " + title;
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
