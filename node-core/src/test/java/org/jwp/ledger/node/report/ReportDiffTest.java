package org.jwp.ledger.node.report;

import org.junit.jupiter.api.Test;
import org.jwp.ledger.events.ActivityCode;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.events.catalogue.ProgrammeCatalogue;
import org.jwp.ledger.events.progress.ActivityResultCorrected;
import org.jwp.ledger.events.progress.ActivityResultRecorded;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What changed in the annex between an issued version and the current draft, built from fixed events. */
class ReportDiffTest {

    private final List<LedgerEvent> events = new ArrayList<>();

    private Report build() {
        return ReportBuilder.build(new ReportBuilder.Scope("Report 2024", null, ProgrammeCatalogue.standard()
                .programme("2021-2025").orElseThrow(), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), null),
                events, List.of());
    }

    private void on(Object payload) {
        events.add(new LedgerEvent("CITES", events.size() + 1, Instant.parse("2026-01-01T00:00:00Z")
                .plusSeconds(events.size()), payload));
    }

    @Test
    void aCorrectedPassageIsOneRemovedAndOneAddedInItsRowAndALateOneIsAdded() {
        on(new ActivityResultRecorded("CITES-RES-2024-0001", Secretariat.CITES, "2021-2025",
                List.of(ActivityCode.of("D1")), 2024, "Meeting held.", List.of(), List.of(), true,
                LocalDate.of(2024, 10, 1)));
        Report issued = build();
        on(new ActivityResultCorrected("CITES-RES-2024-0001", null, null, "Meeting held in Bonn.", null, null, null,
                "Place.", LocalDate.of(2026, 11, 1)));
        on(new ActivityResultRecorded("CITES-RES-2024-0002", Secretariat.CITES, "2021-2025",
                List.of(ActivityCode.of("E1")), 2024, "Late outreach result.", List.of(), List.of(), true,
                LocalDate.of(2024, 11, 1)));

        List<ReportDiff.RowChange> changes = ReportDiff.paragraphs(issued, build());

        assertThat(changes).extracting(ReportDiff.RowChange::row).containsExactly("D: D1", "E: E1–E2");
        assertThat(changes.get(0).removed()).containsExactly("Meeting held.");
        assertThat(changes.get(0).added()).containsExactly("Meeting held in Bonn.");
        assertThat(changes.get(1).removed()).isEmpty();
        assertThat(changes.get(1).added()).containsExactly("Late outreach result.");
        assertThat(ReportDiff.paragraphs(issued, issued)).isEmpty();
    }
}
