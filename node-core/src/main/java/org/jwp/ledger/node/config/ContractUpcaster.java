package org.jwp.ledger.node.config;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.jwp.ledger.events.ContractUpcasts;
import org.jwp.ledger.events.EventContracts;
import org.springframework.stereotype.Component;

/**
 * Axon's side of {@link ContractUpcasts}: aggregates and tracking processors read an event stored under an earlier
 * revision of its contract as the current revision. The stored bytes, which the chain hashes, are never rewritten.
 */
@Component
class ContractUpcaster extends SingleEventUpcaster {

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        String type = event.getType().getName();
        String revision = event.getType().getRevision();
        return EventContracts.byTypeName(type).map(c -> !EventContracts.revisionOf(c).equals(revision)).orElse(false)
                && ContractUpcasts.readable(type, revision);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        String type = event.getType().getName();
        String revision = event.getType().getRevision();
        String current = EventContracts.revisionOf(EventContracts.byTypeName(type).orElseThrow());
        return event.upcastPayload(new SimpleSerializedType(type, current), JsonNode.class,
                stored -> ContractUpcasts.upcast(type, revision, stored));
    }
}
