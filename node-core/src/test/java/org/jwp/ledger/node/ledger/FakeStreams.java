package org.jwp.ledger.node.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The other side's streams, as a node would hold them after replication, for aggregate tests. */
public class FakeStreams implements StreamLookup {

    private final Map<String, List<Object>> streams = new HashMap<>();

    public FakeStreams with(String aggregateId, Object... events) {
        streams.computeIfAbsent(aggregateId, k -> new ArrayList<>()).addAll(List.of(events));
        return this;
    }

    @Override
    public List<Object> events(String aggregateId) {
        return List.copyOf(streams.getOrDefault(aggregateId, List.of()));
    }
}
