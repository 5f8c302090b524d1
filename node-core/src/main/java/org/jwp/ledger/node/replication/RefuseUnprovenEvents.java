package org.jwp.ledger.node.replication;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.node.ledger.WriteGate;

import java.time.LocalDate;

/** Refuse events {@code firstSequence..lastSequence} of this node's chain as {@code peer} handed them back. */
record RefuseUnprovenEvents(@TargetAggregateIdentifier String decisionId, Secretariat peer, long firstSequence,
                            long lastSequence, String lastHash, String reason, LocalDate actedOn)
        implements WriteGate.DecidesUnprovenEvents {
}
