package org.jwp.ledger.node.lifecycle;

import org.jwp.ledger.events.consultation.ConsultationCommentSubmitted;
import org.jwp.ledger.events.consultation.ConsultationDeclined;
import org.jwp.ledger.events.consultation.ConsultationDueDateExtended;
import org.jwp.ledger.events.consultation.ConsultationRequested;
import org.jwp.ledger.events.consultation.ConsultationWithdrawn;
import org.jwp.ledger.events.representation.RepresentationAccepted;
import org.jwp.ledger.events.representation.RepresentationAttended;
import org.jwp.ledger.events.representation.RepresentationDeclined;
import org.jwp.ledger.events.representation.RepresentationReportAcknowledged;
import org.jwp.ledger.events.representation.RepresentationRequested;
import org.jwp.ledger.events.staffloan.StaffLoanAgreed;
import org.jwp.ledger.events.staffloan.StaffLoanCancelled;
import org.jwp.ledger.events.staffloan.StaffLoanCompleted;
import org.jwp.ledger.events.staffloan.StaffLoanDeclined;
import org.jwp.ledger.events.staffloan.StaffLoanProposed;
import org.jwp.ledger.events.staffloan.StaffLoanStarted;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.jwp.ledger.node.lifecycle.Side.COUNTERPART;
import static org.jwp.ledger.node.lifecycle.Side.OWNER;

/**
 * One workflow's lifecycle, as rules: the status an item opens in, the steps each side may take in each status and
 * where they lead, which statuses are still open, and the deadline in each. Pure (no Spring, no I/O): the commitments
 * projection, the report, the pages and their tests ask it, so a step or a rule is changed here once.
 */
public final class Lifecycle {

    public static final Lifecycle CONSULTATION = new Lifecycle("CONSULTATION", ConsultationRequested.class,
            "REQUESTED", List.of(
            new Step("comment", COUNTERPART, Set.of("REQUESTED"), "COMMENTED", ConsultationCommentSubmitted.class),
            new Step("decline-consultation", COUNTERPART, Set.of("REQUESTED"), "DECLINED",
                    ConsultationDeclined.class),
            new Step("extend-consultation", OWNER, Set.of("REQUESTED"), "REQUESTED",
                    ConsultationDueDateExtended.class),
            new Step("withdraw-consultation", OWNER, Set.of("REQUESTED"), "WITHDRAWN",
                    ConsultationWithdrawn.class)),
            Map.of("REQUESTED", Deadline.DUE_DATE));

    public static final Lifecycle STAFF_LOAN = new Lifecycle("STAFF_LOAN", StaffLoanProposed.class, "PROPOSED",
            List.of(
            new Step("agree-loan", COUNTERPART, Set.of("PROPOSED"), "AGREED", StaffLoanAgreed.class),
            new Step("decline-loan", COUNTERPART, Set.of("PROPOSED"), "DECLINED", StaffLoanDeclined.class),
            new Step("start-loan", OWNER, Set.of("AGREED"), "STARTED", StaffLoanStarted.class),
            new Step("complete-loan", OWNER, Set.of("STARTED"), "COMPLETED", StaffLoanCompleted.class),
            // As docs/api.md has it, a loan that has started may still be cancelled (ended early, not completed).
            new Step("cancel-loan", OWNER, Set.of("PROPOSED", "AGREED", "STARTED"), "CANCELLED",
                    StaffLoanCancelled.class)),
            Map.of("PROPOSED", Deadline.START_DATE, "AGREED", Deadline.START_DATE, "STARTED", Deadline.END_DATE));

    public static final Lifecycle REPRESENTATION = new Lifecycle("REPRESENTATION", RepresentationRequested.class,
            "REQUESTED", List.of(
            new Step("accept-representation", COUNTERPART, Set.of("REQUESTED"), "ACCEPTED",
                    RepresentationAccepted.class),
            new Step("decline-representation", COUNTERPART, Set.of("REQUESTED"), "DECLINED",
                    RepresentationDeclined.class),
            new Step("attend", COUNTERPART, Set.of("ACCEPTED"), "ATTENDED", RepresentationAttended.class),
            new Step("acknowledge", OWNER, Set.of("ATTENDED"), "ACKNOWLEDGED",
                    RepresentationReportAcknowledged.class)),
            Map.of("REQUESTED", Deadline.START_DATE, "ACCEPTED", Deadline.REPORT_DUE));

    private static final List<Lifecycle> ALL = List.of(CONSULTATION, STAFF_LOAN, REPRESENTATION);

    private final String kind;
    private final Class<? extends Record> opening;
    private final String opened;
    private final List<Step> steps;
    private final Map<String, Deadline> deadlines;

    private Lifecycle(String kind, Class<? extends Record> opening, String opened, List<Step> steps,
                      Map<String, Deadline> deadlines) {
        this.kind = kind;
        this.opening = opening;
        this.opened = opened;
        this.steps = List.copyOf(steps);
        this.deadlines = Map.copyOf(deadlines);
    }

    /** The lifecycle of a kind of item: CONSULTATION, STAFF_LOAN or REPRESENTATION. */
    public static Lifecycle of(String kind) {
        return ALL.stream().filter(l -> l.kind.equals(kind)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no workflow " + kind));
    }

    /** The lifecycle a workflow event belongs to, if any. */
    public static Optional<Lifecycle> ofEvent(Class<?> event) {
        return ALL.stream().filter(l -> l.opening == event || l.stepFor(event).isPresent()).findFirst();
    }

    public String kind() {
        return kind;
    }

    /** The status an item opens in. */
    public String opened() {
        return opened;
    }

    public List<Step> steps() {
        return steps;
    }

    public Optional<Step> step(String key) {
        return steps.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    /** The step an event records. */
    public Optional<Step> stepFor(Class<?> event) {
        return steps.stream().filter(s -> s.event() == event).findFirst();
    }

    /** Whether the step may be taken in that status (by its side: the aggregates know which side they are). */
    public boolean allows(String key, String status) {
        return step(key).orElseThrow(() -> new IllegalArgumentException("no step " + key + " in " + kind))
                .allowedIn(status);
    }

    /** Whether that side may take that step in that status. */
    public boolean offers(String key, String status, Side side) {
        return step(key).filter(s -> s.side() == side && s.allowedIn(status)).isPresent();
    }

    /**
     * The status one stream's events (in order) have taken an item to: the opening event opens it, each step leads to
     * its status, and anything else (a correction, an extension) leaves it where it is. The owner's aggregates read
     * the counterpart's answer this way, and the counterpart's read the owner's stream.
     */
    public String statusAfter(List<?> events) {
        String status = opened;
        for (Object e : events) {
            status = stepFor(e.getClass()).map(Step::to).orElse(status);
        }
        return status;
    }

    /**
     * Where an item stands for its counterpart: at its own answer once it has given one (the steps after an answer
     * are its own or follow from it), before that wherever the owner's stream has taken it (withdrawn, cancelled).
     */
    public String forCounterpart(List<?> ownerStream, String ownAnswer) {
        return ownAnswer != null ? ownAnswer : statusAfter(ownerStream);
    }

    /** Still open: something is still to be done by one side. */
    public boolean isOpen(String status) {
        return steps.stream().anyMatch(s -> s.allowedIn(status) && !s.to().equals(status));
    }

    /** When an item in this status becomes overdue. */
    public Deadline deadline(String status) {
        return deadlines.getOrDefault(status, Deadline.NONE);
    }
}
