package org.jwp.ledger.node.report;

import java.util.ArrayList;
import java.util.List;

/**
 * What changed in the annex between an issued version and the current draft, paragraph by paragraph: per table row,
 * the result passages no longer there and those new (a corrected passage is one of each). Pure.
 */
public final class ReportDiff {

    /** A row of the annex whose passages changed: its activities (e.g. "B: B15–B16") and heading. */
    public record RowChange(String row, String heading, List<String> removed, List<String> added) {
    }

    private ReportDiff() {
    }

    public static List<RowChange> paragraphs(Report issued, Report draft) {
        List<RowChange> changes = new ArrayList<>();
        int k = 0; // the ledger's sections follow the annex's rows one for one, in the same order
        for (int t = 0; t < draft.themes().size(); t++) {
            List<Report.RowSection> before = issued.themes().get(t).rows();
            List<Report.RowSection> after = draft.themes().get(t).rows();
            for (int r = 0; r < after.size(); r++, k++) {
                List<String> was = texts(before.get(r));
                List<String> now = texts(after.get(r));
                List<String> removed = was.stream().filter(p -> !now.contains(p)).toList();
                List<String> added = now.stream().filter(p -> !was.contains(p)).toList();
                if (!removed.isEmpty() || !added.isEmpty()) {
                    changes.add(new RowChange(draft.ledger().get(k).activities(), after.get(r).heading(), removed,
                            added));
                }
            }
        }
        return changes;
    }

    private static List<String> texts(Report.RowSection row) {
        return row.results().stream().map(Report.Passage::text).toList();
    }
}
