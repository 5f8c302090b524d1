package org.jwp.ledger.node.report;

import org.jwp.ledger.events.progress.ActivityResultCorrected;
import org.jwp.ledger.events.progress.ActivityResultRecorded;
import org.jwp.ledger.events.progress.ActivityResultWithdrawn;
import org.jwp.ledger.node.progress.ResultReadModel;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The current draft's events without reading every result event of the period: a year can hold 100,000 results, and
 * the report showed them seconds after it asked. The results come from their read model, with the result events it
 * has not reached yet folded on top, all in one snapshot with the ledger's heads: the same results as from the events.
 * Empty while the read model is being rebuilt, or is more than {@code ledger.report.read-model-tail-limit} events
 * behind (the report then reads the period's events).
 */
@Component
class DraftSource {

    record Draft(List<LedgerEvent> steps, CurrentResults results, List<Report.Head> heads) {
    }

    private final ReportSource events;
    private final ResultReadModel model;
    private final long tailLimit;

    DraftSource(ReportSource events, ResultReadModel model,
                @Value("${ledger.report.read-model-tail-limit:10000}") long tailLimit) {
        this.events = events;
        this.model = model;
        this.tailLimit = tailLimit;
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Optional<Draft> read(LocalDate from, LocalDate to, String programme) {
        Optional<ResultReadModel.Position> at = model.position();
        // Far behind (rebuilding, or held back while the node catches up with a peer), the events it has not reached
        // could be most of the ledger, held in memory at once: the period's own events are then fewer.
        if (at.isEmpty() || events.lastIndex() - at.get().index() > tailLimit) {
            return Optional.empty();
        }
        CurrentResults results = new CurrentResults();
        model.ofYears(programme, from.getYear(), to.getYear()).forEach(r -> results.put(current(r)));
        List<ReportSource.Indexed> tail = events.resultEventsAfter(at.get().index(), at.get().gaps());
        // A result the rows left out (another year, when read) that a later event corrects into the period.
        Set<String> recorded = new HashSet<>();
        Set<String> missing = new HashSet<>();
        for (ReportSource.Indexed e : tail) {
            String id = e.payload() instanceof ActivityResultRecorded r ? r.resultId()
                    : e.payload() instanceof ActivityResultCorrected c ? c.resultId()
                    : e.payload() instanceof ActivityResultWithdrawn w ? w.resultId() : null;
            if (e.payload() instanceof ActivityResultRecorded) {
                recorded.add(id);
            } else if (id != null && !recorded.contains(id) && !results.holds(id)) {
                missing.add(id);
            }
        }
        model.byIds(missing).forEach(r -> results.put(current(r)));
        tail.forEach(e -> results.fold(e.payload(), e.assumed(), e.time(), e.index()));
        ReportSource.Snapshot steps = events.steps(from, to);
        return Optional.of(new Draft(steps.events(), results, steps.heads()));
    }

    private static CurrentResults.Current current(ResultReadModel.Row r) {
        return new CurrentResults.Current(r.result(), r.lastCorrection(), r.recordedAt(), r.recordedIndex(),
                r.actedDays(), r.assumed());
    }
}
