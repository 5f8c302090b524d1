package org.jwp.ledger.events.catalogue;

import java.util.List;

/**
 * A row of a programme document's table: the subject heading it is written under (none for some rows, such as the
 * 2015-2020 programme's D1-D5) and the activities it groups. The implementation annex reports results per row.
 */
public record Row(String heading, List<Activity> activities) {

    public Row {
        activities = List.copyOf(activities);
    }

    /** The row's activity codes, e.g. "B2-B4" or "A1", as a label for the ledger's own sections. */
    public String label() {
        String first = activities.get(0).code().value();
        String last = activities.get(activities.size() - 1).code().value();
        return first.equals(last) ? first : first + "–" + last;
    }
}
