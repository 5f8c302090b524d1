package org.jwp.ledger.node.progress;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.events.catalogue.Programme;
import org.jwp.ledger.events.catalogue.ProgrammeCatalogue;
import org.jwp.ledger.events.progress.ActivityResultRecorded;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A result one secretariat recorded for a programme activity; immutable once recorded. */
@Aggregate
public class ActivityResult {

    @AggregateIdentifier
    private String resultId;

    @CommandHandler
    public ActivityResult(RecordActivityResult cmd) {
        Programme programme = ProgrammeCatalogue.standard().programme(cmd.programme())
                .orElseThrow(() -> new IllegalArgumentException("unknown programme " + cmd.programme()));
        if (programme.activity(cmd.activityCode()).isEmpty()) {
            throw new IllegalArgumentException(cmd.activityCode() + " is not an activity of " + cmd.programme());
        }
        apply(new ActivityResultRecorded(cmd.resultId(), Secretariat.ownerOf(cmd.resultId()), cmd.programme(),
                cmd.activityCode(), cmd.year(), cmd.text(), cmd.documentRefs(), cmd.species(), cmd.joint(),
                cmd.actedOn()));
    }

    @EventSourcingHandler
    void on(ActivityResultRecorded e) {
        resultId = e.resultId();
    }

    protected ActivityResult() {
        // for Axon: rebuilt from the stream
    }
}
