package org.jwp.ledger.node.ledger;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.Message;
import org.springframework.stereotype.Component;

import java.util.List;

@Component
class EventStoreStreamLookup implements StreamLookup {

    private final EventStore eventStore;

    EventStoreStreamLookup(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public List<Object> events(String aggregateId) {
        return eventStore.readEvents(aggregateId).asStream().map(Message::getPayload).map(Object.class::cast).toList();
    }
}
