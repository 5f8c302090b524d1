package org.jwp.ledger.node.replication;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.events.recovery.UnprovenEventsAccepted;
import org.jwp.ledger.events.recovery.UnprovenEventsRefused;
import org.jwp.ledger.node.ledger.CommandRefused;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An administrator's decision on events of this node's own chain that a peer handed back without a checkpoint this
 * node signed: accepted or refused, once, with a reason (docs/security.md).
 */
@Aggregate
public class UnprovenEventsDecision {

    @AggregateIdentifier
    private String decisionId;
    private String decided;

    /** One stream per handed-back range, e.g. {@code CITES-UNPROVEN-41-42}. */
    static String streamFor(String origin, long firstSequence, long lastSequence) {
        return origin + "-UNPROVEN-" + firstSequence + "-" + lastSequence;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(AcceptUnprovenEvents cmd) {
        check(cmd.decisionId(), cmd.firstSequence(), cmd.lastSequence(), cmd.lastHash(), cmd.reason());
        apply(new UnprovenEventsAccepted(cmd.decisionId(), cmd.peer(), cmd.firstSequence(), cmd.lastSequence(),
                cmd.lastHash(), cmd.reason().strip(), cmd.actedOn()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RefuseUnprovenEvents cmd) {
        check(cmd.decisionId(), cmd.firstSequence(), cmd.lastSequence(), cmd.lastHash(), cmd.reason());
        apply(new UnprovenEventsRefused(cmd.decisionId(), cmd.peer(), cmd.firstSequence(), cmd.lastSequence(),
                cmd.lastHash(), cmd.reason().strip(), cmd.actedOn()));
    }

    private void check(String id, long first, long last, String lastHash, String reason) {
        if (decided != null) {
            throw new CommandRefused("events " + first + ".." + last + " were already " + decided.toLowerCase(),
                    decided);
        }
        if (first < 1 || last < first) {
            throw new IllegalArgumentException("the range " + first + ".." + last + " is not a range of sequences");
        }
        if (!id.equals(streamFor(Secretariat.ownerOf(id).name(), first, last))) {
            throw new IllegalArgumentException(id + " is not the decision stream of events " + first + ".." + last);
        }
        if (lastHash == null || !lastHash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("lastHash must be the SHA-256 chain hash at " + last);
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a reason is required");
        }
    }

    @EventSourcingHandler
    void on(UnprovenEventsAccepted e) {
        decisionId = e.decisionId();
        decided = "ACCEPTED";
    }

    @EventSourcingHandler
    void on(UnprovenEventsRefused e) {
        decisionId = e.decisionId();
        decided = "REFUSED";
    }

    protected UnprovenEventsDecision() {
        // for Axon: rebuilt from the stream, or created by the decision
    }
}
