package org.jwp.ledger.node.versions;

import org.junit.jupiter.api.Test;
import org.jwp.ledger.events.ActivityCode;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.events.progress.ActivityResultCorrected;
import org.jwp.ledger.events.progress.ActivityResultRecorded;
import org.jwp.ledger.events.progress.ActivityResultWithdrawn;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A result's versions, folded from its stream without a database. */
class ResultVersionsTest {

    private static final ActivityResultRecorded RECORDED = new ActivityResultRecorded("CMS-RES-2024-0001",
            Secretariat.CMS, "2021-2025", List.of(ActivityCode.of("D1")), 2024, "Meeting held.", List.of(), List.of(),
            true, LocalDate.of(2024, 10, 15));

    @Test
    void everyVersionSaysWhatChangedWhoWhenAndWhy() {
        ResultVersions.View view = ResultVersions.fold(List.of(
                new ResultVersions.Step(RECORDED, "cms-officer", "2024-10-15T09:00:00Z"),
                new ResultVersions.Step(new ActivityResultCorrected(RECORDED.resultId(), null, 2023,
                        "Meeting held in Bonn.", null, null, null, "Year and place.", LocalDate.of(2026, 11, 20)),
                        "cms-head", "2026-11-20T10:00:00Z")));

        assertThat(view.current().text()).isEqualTo("Meeting held in Bonn.");
        assertThat(view.current().year()).isEqualTo(2023);
        assertThat(view.withdrawn()).isFalse();
        assertThat(view.versions()).extracting(ResultVersions.Entry::kind).containsExactly("RECORDED", "CORRECTED");
        ResultVersions.Entry correction = view.versions().get(1);
        assertThat(correction.changed()).containsExactly("year", "text");
        assertThat(correction.reason()).isEqualTo("Year and place.");
        assertThat(correction.recordedBy()).isEqualTo("cms-head");
        assertThat(view.versions().get(0).result().text()).as("the earlier version as it was").isEqualTo(
                "Meeting held.");
    }

    @Test
    void aWithdrawnResultSaysSoAndKeepsItsLastVersion() {
        ResultVersions.View view = ResultVersions.fold(List.of(
                new ResultVersions.Step(RECORDED, "cms-officer", "2024-10-15T09:00:00Z"),
                new ResultVersions.Step(new ActivityResultWithdrawn(RECORDED.resultId(), "Duplicate.",
                        LocalDate.of(2026, 11, 21)), "cms-officer", "2026-11-21T10:00:00Z")));

        assertThat(view.withdrawn()).isTrue();
        assertThat(view.versions()).extracting(ResultVersions.Entry::kind).containsExactly("RECORDED", "WITHDRAWN");
        assertThat(view.current().text()).isEqualTo("Meeting held.");
    }
}
