package org.jwp.ledger.node.ledger;

import org.jwp.ledger.node.request.ActedOn;
import org.jwp.ledger.node.request.Checks;
import org.jwp.ledger.node.request.RequestValidator;
import org.jwp.ledger.events.Secretariat;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/**
 * What every write endpoint needs, in one place: validate the body, settle the day of the action, take a new id,
 * and record the command for its author on this node (who that is, and what they assumed, the {@link Author} says).
 */
@Component
public class Recording {

    private final Recorder recorder;
    private final RequestValidator validator;
    private final IdAllocator ids;
    private final NodeIdentity identity;
    private final Author author;
    private final ActedOn dates;

    Recording(Recorder recorder, RequestValidator validator, IdAllocator ids, NodeIdentity identity, Author author,
              ActedOn dates) {
        this.recorder = recorder;
        this.validator = validator;
        this.ids = ids;
        this.identity = identity;
        this.author = author;
        this.dates = dates;
    }

    public Checks validate(Object body) {
        return validator.validate(body);
    }

    public LocalDate actedOn(LocalDate given) {
        return dates.orToday(given);
    }

    public LocalDate today() {
        return dates.today();
    }

    public Secretariat self() {
        return identity.secretariat();
    }

    public String newId(String kind, LocalDate actedOn) {
        return ids.next(kind, actedOn.getYear());
    }

    /** Records the command; the values its author marked as assumed are noted so. */
    public <R> R record(Object command) {
        return recorder.record(command, author.name(), author.assumedIn(command));
    }
}
