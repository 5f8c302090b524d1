package org.jwp.ledger.node.config;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.jwp.ledger.events.ContractUpcasts;
import org.jwp.ledger.events.EventContracts;
import org.jwp.ledger.node.ledger.ContractKnowledge;
import org.springframework.stereotype.Component;

import java.util.stream.Stream;

/**
 * Axon's side of {@link ContractUpcasts}: aggregates and tracking processors read an event stored under an earlier
 * revision of its contract as the current revision, and never see an event this build cannot read (a newer build's,
 * held by {@link org.jwp.ledger.node.ledger.HeldEvents}). The stored bytes, which the chain hashes, never change.
 */
@Component
class ContractUpcaster implements EventUpcaster {

    private final ContractKnowledge contracts;

    ContractUpcaster(ContractKnowledge contracts) {
        this.contracts = contracts;
    }

    /**
     * The type an unreadable event is handed to Axon as: no class has it, so no handler matches, yet processors still
     * pass over the event (their position reaches the store's head; filtering it out would leave them short of it).
     */
    static final String HELD = "org.jwp.ledger.node.ledger.HeldEvents.Unread";

    @Override
    public Stream<IntermediateEventRepresentation> upcast(Stream<IntermediateEventRepresentation> events) {
        return events.map(e -> contracts.readable(e.getType().getName(), e.getType().getRevision())
                ? toCurrent(e) : e.upcastPayload(new SimpleSerializedType(HELD, e.getType().getRevision()),
                JsonNode.class, stored -> stored));
    }

    private static IntermediateEventRepresentation toCurrent(IntermediateEventRepresentation event) {
        String type = event.getType().getName();
        String revision = event.getType().getRevision();
        String current = EventContracts.byTypeName(type).map(EventContracts::revisionOf).orElse(revision);
        if (current.equals(revision)) {
            return event;
        }
        return event.upcastPayload(new SimpleSerializedType(type, current), JsonNode.class,
                stored -> ContractUpcasts.upcast(type, revision, stored));
    }
}
