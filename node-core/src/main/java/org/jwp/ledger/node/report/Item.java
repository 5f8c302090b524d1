package org.jwp.ledger.node.report;

import org.jwp.ledger.events.ActivityCode;
import org.jwp.ledger.events.DocumentReference;
import org.jwp.ledger.node.lifecycle.Lifecycle;
import org.jwp.ledger.node.lifecycle.Step;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What the report knows of one commitment at the end of the period, folded from both sides' events. */
final class Item {

    final String id;
    final Lifecycle lifecycle;
    final String kind;
    final String owner;
    final String counterpart;
    final String programme;
    final List<ActivityCode> codes;
    final LocalDate openedOn;
    final Set<String> actors = new LinkedHashSet<>();
    final List<String> documentRefs = new ArrayList<>();
    final List<LocalDate> actedOn = new ArrayList<>();
    /** The days of action known only as assumed (no step states them): printed with a mark. */
    final Set<LocalDate> assumedDays = new java.util.HashSet<>();
    private final Set<LocalDate> statedDays = new java.util.HashSet<>();
    boolean dueAssumed;
    /** Whether "on time" or "late" would follow only from an assumed date: the report does not count it. */
    boolean timingAssumed;
    String status;
    LocalDate statusOn;
    String taxon;
    String meeting;
    String title;
    String describe;
    LocalDate due;
    LocalDate start;
    LocalDate end;
    String detail;

    Item(String id, Lifecycle lifecycle, String owner, String counterpart, String programme, List<ActivityCode> codes,
         LocalDate openedOn) {
        this.id = id;
        this.lifecycle = lifecycle;
        this.kind = lifecycle.kind();
        this.owner = owner;
        this.counterpart = counterpart;
        this.programme = programme;
        this.codes = codes;
        this.openedOn = openedOn;
        this.status = lifecycle.opened();
        this.statusOn = openedOn;
    }

    /** One of the item's steps taken: it leads where its lifecycle says. */
    void step(Record event, LocalDate on, String byWhom) {
        status = lifecycle.stepFor(event.getClass()).map(Step::to).orElseThrow(
                () -> new IllegalArgumentException(event.getClass().getSimpleName() + " is no step of " + kind));
        statusOn = on;
        actors.add(byWhom);
    }

    void acted(LocalDate on, boolean assumed) {
        actedOn.add(on);
        (assumed ? assumedDays : statedDays).add(on);
    }

    /** A day of action as the report prints it: marked if only assumed dates give it. */
    String day(LocalDate on) {
        return on + (assumedDays.contains(on) && !statedDays.contains(on) ? " (date assumed)" : "");
    }

    void refs(List<DocumentReference> refs) {
        refs.forEach(r -> documentRefs.add(r.value()));
    }

    boolean joint() {
        return actors.size() > 1;
    }

    /** Whether something is still to be done on it (its workflow's lifecycle). */
    boolean open() {
        return lifecycle.isOpen(status);
    }

    /** When it became overdue while open (docs/api.md); null if it has no deadline in its status. */
    LocalDate deadline() {
        return lifecycle.deadline(status).of(due, start, end);
    }
}
