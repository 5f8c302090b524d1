package org.jwp.ledger.node.report;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.node.progress.ResultReadModel;
import org.jwp.ledger.node.support.Http;
import org.jwp.ledger.node.support.RunningNode;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The current draft reads its results from their read model, with the result events the model has not reached yet
 * folded on top: it is the report every event gives, whether the model is up to date or behind, with results
 * corrected, corrected into the period from another year, and withdrawn.
 */
class ReportFromReadModelIT {

    private static final java.time.LocalDate FROM = java.time.LocalDate.of(2024, 1, 1);
    private static final java.time.LocalDate TO = java.time.LocalDate.of(2024, 12, 31);
    private static final List<String> KEYS = List.of("annual/2023", "annual/2024", "programme/2021-2025");

    private static RunningNode cites;
    private static String early;
    private static String sameDay;
    private static String keptIn2023;

    @BeforeAll
    static void resultsRecordedCorrectedAndWithdrawn() {
        cites = RunningNode.start(Secretariat.CITES);
        early = record(2024, "2024-03-01", "Early passage.");
        sameDay = record(2024, "2024-03-01", "Same day, recorded second.");
        String moved = record(2023, "2023-05-01", "Recorded for 2023, corrected to 2024.");
        correct(moved, "{\"year\":2024,\"actedOn\":\"2024-06-01\",\"reason\":\"It was 2024's.\"}");
        withdraw(record(2024, "2024-07-01", "Withdrawn passage."));
        keptIn2023 = record(2023, "2023-02-01", "Kept in 2023 until corrected.");
        correct(sameDay, "{\"text\":\"Same day, recorded second, corrected.\",\"actedOn\":\"2024-08-01\","
                + "\"reason\":\"Wording.\"}");
        cites.awaitProjected();
    }

    @AfterAll
    static void stop() {
        cites.close();
    }

    @Test
    void aDraftFromAnUpToDateReadModelIsTheReportOfEveryEvent() {
        ResultReadModel.Position at = cites.bean(ResultReadModel.class).position().orElseThrow();
        assertThat(at.index()).as("the model holds every event").isEqualTo(head());
        for (String key : KEYS) {
            assertThat(draft(key)).as(key).isEqualTo(fromEveryEvent(key));
        }
        String annual = markdown("annual/2024");
        assertThat(annual).contains("Early passage.", "Recorded for 2023, corrected to 2024.",
                "Same day, recorded second, corrected.").doesNotContain("Withdrawn passage.");
        assertThat(annual.indexOf("Early passage.")).isLessThan(annual.indexOf("Same day, recorded second"));
        assertThat(markdown("annual/2023")).doesNotContain("Recorded for 2023");
    }

    @Test
    void aDraftWhileTheReadModelIsBehindFoldsInTheEventsItHasNotReached() {
        TrackingEventProcessor results = cites.bean(EventProcessingConfiguration.class)
                .eventProcessor("activity-results", TrackingEventProcessor.class).orElseThrow();
        results.shutDown();
        try {
            // A change first: the model's catch-up then handles, in one batch, a correction, then a result recorded
            // and withdrawn (its projection once wrote the batch's changes before its new rows).
            correct(early, "{\"text\":\"Early passage, corrected while it stood still.\",\"actedOn\":\"2024-11-01\","
                    + "\"reason\":\"Wording.\"}");
            String late = record(2024, "2024-09-01", "Recorded while the model stood still.");
            String movedLate = record(2023, "2023-02-01", "Also 2023's, corrected to 2024 while it stood still.");
            correct(movedLate, "{\"year\":2024,\"actedOn\":\"2024-10-01\",\"reason\":\"It was 2024's too.\"}");
            // Its row is one of 2023's, which a 2024 report does not read: the correction brings it in.
            correct(keptIn2023, "{\"year\":2024,\"actedOn\":\"2024-10-02\",\"reason\":\"2024's as well.\"}");
            withdraw(late);
            record(2024, "2024-03-01", "Same day as the first two, recorded last.");
            ResultReadModel.Position at = cites.bean(ResultReadModel.class).position().orElseThrow();
            assertThat(at.index()).as("the model is behind").isLessThan(head());
            assertThat(draftSource(head() - at.index()).read(FROM, TO, "2021-2025")).as("within the limit")
                    .isPresent();
            assertThat(draftSource(head() - at.index() - 1).read(FROM, TO, "2021-2025"))
                    .as("further behind than the limit: the report reads the period's events").isEmpty();
            for (String key : KEYS) {
                assertThat(draft(key)).as(key).isEqualTo(fromEveryEvent(key));
            }
            String annual = markdown("annual/2024");
            assertThat(annual).contains("Also 2023's, corrected to 2024", "Early passage, corrected while",
                    "Kept in 2023 until corrected.",
                    "Same day as the first two").doesNotContain("Recorded while the model stood still.");
        } finally {
            results.start();
            cites.awaitProjected();
        }
        for (String key : KEYS) {
            assertThat(draft(key)).as(key + ", caught up").isEqualTo(fromEveryEvent(key));
        }
    }

    /** The draft source with another limit to how far behind the read model may be (outside a transaction). */
    private static DraftSource draftSource(long tailLimit) {
        return new DraftSource(cites.bean(ReportSource.class), cites.bean(ResultReadModel.class), tailLimit);
    }

    private static String markdown(String key) {
        return new String(ReportMarkdown.render(draft(key)), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static Report draft(String key) {
        return cites.bean(Reports.class).draft(key, null, null);
    }

    /** The report as built from every event of its streams, not the read model (as an approval's version is). */
    private static Report fromEveryEvent(String key) {
        Reports.Scope s = Reports.scope(key);
        ReportSource.Snapshot snapshot = cites.bean(ReportSource.class).read(s.from(), s.to(), null);
        return ReportBuilder.build(new ReportBuilder.Scope(s.title(), null, s.programme(), s.from(), s.to(), null),
                snapshot.events(), snapshot.heads());
    }

    private static long head() {
        return cites.bean(EventStore.class).createHeadToken().position().orElseThrow();
    }

    private static String record(int year, String actedOn, String text) {
        Http.Response r = cites.http("officer").post("/api/results", "{\"programme\":\"2021-2025\","
                + "\"activityCodes\":[\"D1\"],\"year\":" + year + ",\"text\":\"" + text + "\",\"joint\":false,"
                + "\"actedOn\":\"" + actedOn + "\"}");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asText();
    }

    private static void correct(String id, String body) {
        Http.Response r = cites.http("officer").post("/api/results/" + id + "/correction", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    private static void withdraw(String id) {
        Http.Response r = cites.http("officer").post("/api/results/" + id + "/withdrawal",
                "{\"reason\":\"Recorded by mistake.\"}");
        assertThat(r.status()).as(r.toString()).isIn(200, 204);
    }
}
