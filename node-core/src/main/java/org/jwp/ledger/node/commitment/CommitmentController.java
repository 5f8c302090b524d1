package org.jwp.ledger.node.commitment;

import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.node.consultation.ConsultationStatus;
import org.jwp.ledger.node.representation.RepresentationStatus;
import org.jwp.ledger.node.staffloan.StaffLoanStatus;
import org.jwp.ledger.node.request.ActedOn;
import org.jwp.ledger.node.request.AsOf;
import org.jwp.ledger.node.request.Checks;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

@RestController
@RequestMapping("/api/commitments")
class CommitmentController {

    private static final Set<String> STATUSES = new TreeSet<>(Stream.of(ConsultationStatus.values(),
            StaffLoanStatus.values(), RepresentationStatus.values()).flatMap(Stream::of).map(Enum::name).toList());

    private final CommitmentQueries queries;
    private final CommitmentsAsOf history;
    private final ActedOn dates;

    CommitmentController(CommitmentQueries queries, CommitmentsAsOf history, ActedOn dates) {
        this.queries = queries;
        this.history = history;
        this.dates = dates;
    }

    @GetMapping
    List<CommitmentView> list(@RequestParam(required = false) CommitmentType type,
                              @RequestParam(required = false) String status,
                              @RequestParam(required = false) Secretariat counterpart,
                              @RequestParam(required = false) String activity,
                              @RequestParam(required = false) Boolean overdue,
                              @RequestParam(required = false) String asOf) {
        activity = activity == null ? null : activity.strip().toUpperCase(java.util.Locale.ROOT);
        new Checks().check(status == null || STATUSES.contains(status), "status", "must be one of " + STATUSES)
                .check(activity == null || activity.matches("[A-Z][1-9][0-9]?"), "activity",
                        "must be an activity code such as C3")
                .orThrow();
        CommitmentQueries.Filter filter = new CommitmentQueries.Filter(type, status,
                counterpart == null ? null : counterpart.name(), activity, overdue);
        return asOf == null ? queries.list(filter, dates.today()) : history.list(AsOf.parse(asOf), filter);
    }

    @GetMapping("/{id}")
    CommitmentView one(@PathVariable String id, @RequestParam(required = false) String asOf) {
        return asOf == null ? queries.one(id, dates.today()) : history.one(id, AsOf.parse(asOf));
    }
}
