package org.jwp.ledger.node.web;

import org.jwp.ledger.node.request.ActedOn;
import org.jwp.ledger.node.request.Checks;
import org.jwp.ledger.node.request.RequestValidator;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.node.ledger.IdAllocator;
import org.jwp.ledger.node.ledger.NodeIdentity;
import org.jwp.ledger.node.ledger.Recorder;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/**
 * What every write endpoint needs, in one place: validate the body, settle the day of the action, take a new id,
 * and record the command for the signed-in user on this node.
 */
@Component
public class Recording {

    private final Recorder recorder;
    private final RequestValidator validator;
    private final IdAllocator ids;
    private final NodeIdentity identity;
    private final CurrentUser user;
    private final ActedOn dates;

    Recording(Recorder recorder, RequestValidator validator, IdAllocator ids, NodeIdentity identity, CurrentUser user,
              ActedOn dates) {
        this.recorder = recorder;
        this.validator = validator;
        this.ids = ids;
        this.identity = identity;
        this.user = user;
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

    /** Records the command; the values the request's {@code Ledger-Assumed} header names are noted as assumed. */
    public <R> R record(Object command) {
        return recorder.record(command, user.name(), AssumedHeader.of(command));
    }
}
