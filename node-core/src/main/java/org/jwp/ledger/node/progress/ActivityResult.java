package org.jwp.ledger.node.progress;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.jwp.ledger.events.ActivityCode;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.events.catalogue.Programme;
import org.jwp.ledger.events.catalogue.ProgrammeCatalogue;
import org.jwp.ledger.events.progress.ActivityResultCorrected;
import org.jwp.ledger.events.progress.ActivityResultRecorded;
import org.jwp.ledger.events.progress.ActivityResultWithdrawn;
import org.jwp.ledger.node.ledger.CommandRefused;
import org.jwp.ledger.node.request.Checks;

import java.util.HashSet;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A passage of results one secretariat recorded for activities of one programme. Only that secretariat may correct
 * or withdraw it (its stream is its own); each correction and the withdrawal are new events, never a change to the
 * recorded one.
 */
@Aggregate
public class ActivityResult {

    /** A passage concerns the activities of at most one row or a few; more would be a report, not a passage. */
    static final int MAX_ACTIVITIES = 10;

    @AggregateIdentifier
    private String resultId;
    private ActivityResultRecorded current;
    private boolean withdrawn;

    @CommandHandler
    public ActivityResult(RecordActivityResult cmd) {
        Programme programme = programme(cmd.programme());
        checkCodes(programme, cmd.activityCodes());
        checkYear(programme, cmd.year(), cmd.actedOn());
        apply(new ActivityResultRecorded(cmd.resultId(), Secretariat.ownerOf(cmd.resultId()), cmd.programme(),
                cmd.activityCodes(), cmd.year(), cmd.text(), cmd.documentRefs(), cmd.species(), cmd.joint(),
                cmd.actedOn()));
    }

    @CommandHandler
    public void handle(CorrectActivityResult cmd) {
        refuseIfWithdrawn("corrected");
        requireReason(cmd.reason());
        if (cmd.activityCodes() != null) {
            checkCodes(programme(current.programme()), cmd.activityCodes());
        }
        // The same years as when it was recorded, the correction's own day standing for the day of the action (what
        // was done later may be what makes it that year's): a correction is no way round the rules of creation.
        checkYear(programme(current.programme()), cmd.year(), cmd.actedOn());
        ActivityResultCorrected correction = new ActivityResultCorrected(resultId, cmd.activityCodes(), cmd.year(),
                cmd.text(), cmd.documentRefs(), cmd.species(), cmd.joint(), cmd.reason(), cmd.actedOn());
        if (correction.applyTo(current).equals(current)) {
            throw new IllegalArgumentException("the correction changes nothing: every field given is as recorded");
        }
        apply(correction);
    }

    @CommandHandler
    public void handle(WithdrawActivityResult cmd) {
        refuseIfWithdrawn("withdrawn again");
        requireReason(cmd.reason());
        apply(new ActivityResultWithdrawn(resultId, cmd.reason(), cmd.actedOn()));
    }

    @EventSourcingHandler
    void on(ActivityResultRecorded e) {
        resultId = e.resultId();
        current = e;
    }

    @EventSourcingHandler
    void on(ActivityResultCorrected e) {
        current = e.applyTo(current);
    }

    @EventSourcingHandler
    void on(ActivityResultWithdrawn e) {
        withdrawn = true;
    }

    private void refuseIfWithdrawn(String what) {
        if (withdrawn) {
            throw new CommandRefused(resultId + " was withdrawn and cannot be " + what, "WITHDRAWN");
        }
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a reason is required");
        }
    }

    private static Programme programme(String id) {
        return ProgrammeCatalogue.standard().programme(id)
                .orElseThrow(() -> new IllegalArgumentException("unknown programme " + id));
    }

    /** A year its programme is in force in, and not after the action (ResultYears); refused naming {@code year}. */
    private static void checkYear(Programme programme, Integer year, java.time.LocalDate actedOn) {
        Checks checks = new Checks();
        ResultYears.check(programme, year, actedOn, checks);
        checks.orThrow();
    }

    private static void checkCodes(Programme programme, List<ActivityCode> codes) {
        if (codes == null || codes.isEmpty() || codes.size() > MAX_ACTIVITIES) {
            throw new IllegalArgumentException("a result concerns 1 to " + MAX_ACTIVITIES + " activities");
        }
        if (new HashSet<>(codes).size() != codes.size()) {
            throw new IllegalArgumentException("an activity is named twice: " + codes);
        }
        for (ActivityCode code : codes) {
            if (programme.activity(code).isEmpty()) {
                throw new IllegalArgumentException(code + " is not an activity of " + programme.id());
            }
        }
    }

    protected ActivityResult() {
        // for Axon: rebuilt from the stream
    }
}
