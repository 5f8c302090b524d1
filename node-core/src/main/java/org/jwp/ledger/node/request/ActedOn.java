package org.jwp.ledger.node.request;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The day an action took place: as given (staff may record what happened earlier, e.g. the 2015-2020 history),
 * otherwise today in UTC. The time it was recorded is kept separately in the event's metadata.
 */
@Component
public class ActedOn {

    private final Clock clock;

    ActedOn(Clock clock) {
        this.clock = clock;
    }

    public LocalDate orToday(LocalDate given) {
        return given != null ? given : LocalDate.now(clock);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
