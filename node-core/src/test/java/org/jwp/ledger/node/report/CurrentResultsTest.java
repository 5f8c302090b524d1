package org.jwp.ledger.node.report;

import org.junit.jupiter.api.Test;
import org.jwp.ledger.events.ActivityCode;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.events.progress.ActivityResultCorrected;
import org.jwp.ledger.events.progress.ActivityResultRecorded;
import org.jwp.ledger.events.progress.ActivityResultWithdrawn;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Results folded from their events, selected for a period and ordered: no database. */
class CurrentResultsTest {

    private static final LocalDate FROM = LocalDate.of(2024, 1, 1);
    private static final LocalDate TO = LocalDate.of(2024, 12, 31);
    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    private final CurrentResults results = new CurrentResults();

    private static ActivityResultRecorded result(String id, Secretariat by, int year, String actedOn) {
        return new ActivityResultRecorded(id, by, "2021-2025", List.of(ActivityCode.of("D1")), year, "Text " + id,
                List.of(), List.of(), false, LocalDate.parse(actedOn));
    }

    private static ActivityResultCorrected correction(String id, Integer year, String text, String actedOn) {
        return new ActivityResultCorrected(id, null, year, text, null, null, null, "Because.",
                LocalDate.parse(actedOn));
    }

    private List<String> countedIn2024() {
        return results.countedIn("2021-2025", FROM, TO).stream().map(c -> c.result().resultId()).toList();
    }

    @Test
    void aCorrectionReplacesTheFieldsItGivesAndIsShownWithItsDayAndReason() {
        results.fold(result("R1", Secretariat.CITES, 2024, "2024-02-01"), T, 1);
        assertThat(results.fold(correction("R1", null, "Better text.", "2024-03-01"), T, 2)).isTrue();

        CurrentResults.Current r1 = results.countedIn("2021-2025", FROM, TO).get(0);
        assertThat(r1.result().text()).isEqualTo("Better text.");
        assertThat(r1.result().year()).isEqualTo(2024);
        assertThat(r1.lastCorrection()).isEqualTo("2024-03-01: Because.");
        assertThat(r1.actedDays()).containsExactly(LocalDate.parse("2024-02-01"), LocalDate.parse("2024-03-01"));
    }

    @Test
    void aWithdrawnResultIsGoneAndACorrectionOfAResultNotHeldChangesNothing() {
        results.fold(result("R1", Secretariat.CITES, 2024, "2024-02-01"), T, 1);
        results.fold(new ActivityResultWithdrawn("R1", "Mistake.", LocalDate.parse("2024-03-01")), T, 2);
        results.fold(correction("R2", 2024, "Nothing to correct.", "2024-03-01"), T, 3);

        assertThat(countedIn2024()).isEmpty();
        assertThat(results.holds("R2")).isFalse();
    }

    @Test
    void aResultCountsInThePeriodOfTheYearItReportsOnWheneverItWasRecordedOrCorrected() {
        results.fold(result("MOVED_IN", Secretariat.CITES, 2023, "2023-05-01"), T, 1);
        results.fold(correction("MOVED_IN", 2024, null, "2024-06-01"), T, 2);
        results.fold(result("MOVED_LATER", Secretariat.CITES, 2023, "2023-05-01"), T, 3);
        results.fold(correction("MOVED_LATER", 2024, null, "2025-06-01"), T, 4);
        results.fold(result("OTHER_YEAR", Secretariat.CITES, 2025, "2024-12-01"), T, 5);
        results.fold(result("AFTER", Secretariat.CITES, 2024, "2025-01-02"), T, 6);
        results.fold(result("IN", Secretariat.CITES, 2024, "2024-12-31"), T, 7);

        assertThat(countedIn2024()).as("for 2024, whenever written up (issue 32), in the order acted on")
                .containsExactly("MOVED_IN", "MOVED_LATER", "IN", "AFTER");
        assertThat(results.countedIn("2015-2020", FROM, TO)).as("another programme's").isEmpty();
    }

    @Test
    void resultsActedOnTheSameDayKeepTheOrderTheyWereRecordedIn() {
        results.fold(result("LATER_DAY", Secretariat.CITES, 2024, "2024-03-02"), T, 1);
        results.fold(result("CMS_FIRST", Secretariat.CMS, 2024, "2024-03-01"), T.plusSeconds(1), 9);
        results.fold(result("CITES_THEN", Secretariat.CITES, 2024, "2024-03-01"), T.plusSeconds(2), 2);
        results.fold(result("CMS_SAME_INSTANT", Secretariat.CMS, 2024, "2024-03-01"), T.plusSeconds(2), 3);
        results.fold(result("CITES_SAME_INSTANT_EARLIER", Secretariat.CITES, 2024, "2024-03-01"),
                T.plusSeconds(2), 1);

        assertThat(countedIn2024()).containsExactly("CMS_FIRST", "CITES_SAME_INSTANT_EARLIER", "CITES_THEN",
                "CMS_SAME_INSTANT", "LATER_DAY");
    }

    @Test
    void anEventAboutNoResultIsLeftToTheCaller() {
        assertThat(results.fold("a workflow step", T, 1)).isFalse();
    }
}
