package org.jwp.ledger.events.catalogue;

import java.util.List;

/**
 * A programme theme (A, B, …) as its document writes it: title, introductory paragraphs (the 2021-2025 programme
 * has them; the paragraph {@value #SHARED_SPECIES} stands where the shared species list is written) and its rows.
 */
public record Theme(String code, String title, List<String> introduction, List<Row> rows) {

    /** The introduction paragraph that stands for the programme's list of shared species lines. */
    public static final String SHARED_SPECIES = "{sharedSpecies}";

    public Theme {
        introduction = introduction == null ? List.of() : List.copyOf(introduction);
        rows = List.copyOf(rows);
    }

    /** The theme's activities in document order. */
    public List<Activity> activities() {
        return rows.stream().flatMap(r -> r.activities().stream()).toList();
    }
}
