package org.jwp.ledger.events.catalogue;

import java.util.List;

/** A programme theme (A, B, …) and its activities in catalogue order. */
public record Theme(String code, String title, List<Activity> activities) {

    public Theme {
        activities = List.copyOf(activities);
    }
}
