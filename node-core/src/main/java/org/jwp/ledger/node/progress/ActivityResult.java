package org.jwp.ledger.node.progress;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.jwp.ledger.events.ActivityCode;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.events.catalogue.Programme;
import org.jwp.ledger.events.catalogue.ProgrammeCatalogue;
import org.jwp.ledger.events.progress.ActivityResultRecorded;

import java.util.HashSet;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A passage of results one secretariat recorded for activities of one programme; immutable once recorded. */
@Aggregate
public class ActivityResult {

    /** A passage concerns the activities of at most one row or a few; more would be a report, not a passage. */
    static final int MAX_ACTIVITIES = 10;

    @AggregateIdentifier
    private String resultId;

    @CommandHandler
    public ActivityResult(RecordActivityResult cmd) {
        Programme programme = ProgrammeCatalogue.standard().programme(cmd.programme())
                .orElseThrow(() -> new IllegalArgumentException("unknown programme " + cmd.programme()));
        List<ActivityCode> codes = cmd.activityCodes();
        if (codes == null || codes.isEmpty() || codes.size() > MAX_ACTIVITIES) {
            throw new IllegalArgumentException("a result concerns 1 to " + MAX_ACTIVITIES + " activities");
        }
        if (new HashSet<>(codes).size() != codes.size()) {
            throw new IllegalArgumentException("an activity is named twice: " + codes);
        }
        for (ActivityCode code : codes) {
            if (programme.activity(code).isEmpty()) {
                throw new IllegalArgumentException(code + " is not an activity of " + cmd.programme());
            }
        }
        apply(new ActivityResultRecorded(cmd.resultId(), Secretariat.ownerOf(cmd.resultId()), cmd.programme(),
                codes, cmd.year(), cmd.text(), cmd.documentRefs(), cmd.species(), cmd.joint(), cmd.actedOn()));
    }

    @EventSourcingHandler
    void on(ActivityResultRecorded e) {
        resultId = e.resultId();
    }

    protected ActivityResult() {
        // for Axon: rebuilt from the stream
    }
}
