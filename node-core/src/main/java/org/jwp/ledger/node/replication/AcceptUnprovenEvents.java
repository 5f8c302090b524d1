package org.jwp.ledger.node.replication;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.node.ledger.WriteGate;

import java.time.LocalDate;

/** Take events {@code firstSequence..lastSequence} of this node's chain, handed back by {@code peer}, as its own. */
record AcceptUnprovenEvents(@TargetAggregateIdentifier String decisionId, Secretariat peer, long firstSequence,
                            long lastSequence, String lastHash, String reason, LocalDate actedOn)
        implements WriteGate.DecidesUnprovenEvents {
}
