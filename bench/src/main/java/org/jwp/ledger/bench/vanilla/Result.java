package org.jwp.ledger.bench.vanilla;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.jwp.ledger.events.progress.ActivityResultRecorded;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** The same one-event workflow as the node's activity result: a command in, ActivityResultRecorded out. */
@Aggregate
public class Result {

    @AggregateIdentifier
    private String id;

    @CommandHandler
    public Result(RecordResult cmd) {
        apply(new ActivityResultRecorded(cmd.id(), cmd.recordedBy(), cmd.programme(), java.util.List.of(cmd.code()), cmd.year(),
                cmd.text(), cmd.documentRefs(), cmd.species(), cmd.joint(), cmd.actedOn()));
    }

    @EventSourcingHandler
    void on(ActivityResultRecorded e) {
        id = e.resultId();
    }

    protected Result() {
    }
}
