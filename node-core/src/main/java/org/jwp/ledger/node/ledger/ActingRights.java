package org.jwp.ledger.node.ledger;

import org.jwp.ledger.format.StoredEvent;
import org.jwp.ledger.events.Authority;
import org.jwp.ledger.events.Secretariat;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * {@link Authority} over stored events: whether an event's origin may act on everything its payload names, a step it
 * corrects looked up among the events held here or earlier in the same page. Events of a contract this build cannot
 * read yet are left to the build that can (they are held unread until then: {@link HeldEvents}).
 */
@Component
public class ActingRights {

    private final LedgerStore store;
    private final ContractKnowledge contracts;

    ActingRights(LedgerStore store, ContractKnowledge contracts) {
        this.store = store;
        this.contracts = contracts;
    }

    /** Why {@code e}'s origin may not emit it, or empty; {@code earlier}: events before it not stored yet. */
    public Optional<String> refusal(StoredEvent e, List<StoredEvent> earlier) {
        Optional<Object> payload;
        try {
            payload = contracts.read(e.payloadType(), e.payloadRevision(), e.payload());
        } catch (RuntimeException unreadable) {
            return Optional.of("its payload does not fit its contract " + e.payloadType() + " revision "
                    + e.payloadRevision() + ": " + unreadable.getMessage());
        }
        return payload.flatMap(p -> refusal(e.origin(), e.aggregateId(), p, earlier));
    }

    /**
     * The same rule over an event as a processor receives it ({@code origin} from its metadata): what every read model
     * checks before it handles an event, so that one stored before the rule was checked on receipt is never acted on.
     */
    public Optional<String> refusal(Object origin, String streamId, Object payload) {
        return refusal(origin, streamId, payload, List.of());
    }

    private Optional<String> refusal(Object origin, String streamId, Object payload, List<StoredEvent> earlier) {
        Secretariat by;
        try {
            by = Secretariat.valueOf(String.valueOf(origin));
        } catch (IllegalArgumentException unknown) {
            return Optional.of("its origin " + origin + " is no secretariat");
        }
        return Authority.refusal(by, streamId, payload, id -> held(id, earlier));
    }

    private Optional<Authority.Held> held(String eventId, List<StoredEvent> earlier) {
        return earlier.stream().filter(s -> s.eventId().equals(eventId)).findFirst().or(() -> store.byEventId(eventId))
                .map(s -> new Authority.Held(s.aggregateId(), s.payloadType()));
    }
}
