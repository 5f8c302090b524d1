package org.jwp.ledger.node.config;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.jwp.ledger.node.audit.ChainWriter;

import java.util.List;

/** Axon's JDBC storage, plus: every appended event is linked into its origin's hash chain in the same transaction. */
class ChainingEventStorageEngine extends JdbcEventStorageEngine {

    private final ChainWriter chain;

    ChainingEventStorageEngine(Builder builder, ChainWriter chain) {
        super(builder);
        this.chain = chain;
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        super.appendEvents(events, serializer);
        chain.chainLocal(events.stream().map(EventMessage::getIdentifier).toList());
    }
}
