package org.jwp.ledger.node.signoff;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.jwp.ledger.node.support.Http;
import org.jwp.ledger.node.support.NodePair;
import org.jwp.ledger.node.support.RunningNode;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The annual reporting cycle as the secretariats run it (issue 32): a year's results are written up after the year
 * ends, and count for the year they report on, on both nodes; one written up after the report was issued turns it
 * CHANGED_SINCE_ISSUE, the issued version staying as approved.
 */
class ReportingCycleIT {

    private static final String ANNUAL = "/api/reports/annual/2025";
    private static final String PROGRAMME = "/api/reports/programme/2021-2025";
    private static NodePair pair;

    @BeforeAll
    static void start() {
        pair = NodePair.start("--spring.profiles.active=demo");
    }

    @AfterAll
    static void stop() {
        pair.close();
    }

    @Test
    void aResultWrittenUpAfterItsYearCountsForThatYearBeforeAndAfterIssue() {
        // Recorded today (after 2025 has ended), with no day of action given, as the form allows; then corrected.
        String late = record(pair.cites(), "B15", 2025, "Range States of saiga met in Tashkent.");
        assertThat(pair.cites().http("recorder").post("/api/results/" + late + "/correction",
                "{\"text\":\"Range States of saiga met in Tashkent in October.\",\"reason\":\"Month added.\"}")
                .status()).isEqualTo(200);
        pair.awaitConverged();

        for (String report : List.of(ANNUAL, PROGRAMME)) {
            String cites = markdown(pair.cites(), report);
            assertThat(cites).as(report).contains("Range States of saiga met in Tashkent in October.")
                    .doesNotContain("met in Tashkent.");
            assertThat(markdown(pair.cms(), report)).as(report + " on both nodes").isEqualTo(cites);
            assertThat(pair.cms().http("auditor").get(report + "?format=json").body())
                    .isEqualTo(pair.cites().http("auditor").get(report + "?format=json").body());
        }

        String digest = status(pair.cites()).get("contentDigest").asText();
        assertThat(approve(pair.cites(), digest).status()).isEqualTo(201);
        pair.awaitConverged();
        assertThat(approve(pair.cms(), digest).status()).isEqualTo(201);
        pair.awaitConverged();
        assertThat(status(pair.cites()).get("state").asText()).isEqualTo("ISSUED");
        String issued = pair.cites().http("auditor").get(ANNUAL + "/issued?version=1&format=md").body();
        assertThat(issued).contains("Range States of saiga met in Tashkent in October.");

        record(pair.cms(), "B16", 2025, "Saiga horn trade data shared with CITES.");
        pair.awaitConverged();

        for (RunningNode node : List.of(pair.cites(), pair.cms())) {
            JsonNode changed = status(node);
            assertThat(changed.get("state").asText()).isEqualTo("CHANGED_SINCE_ISSUE");
            assertThat(changed.get("changesSinceIssue")).anySatisfy(c -> assertThat(c.get("added").toString())
                    .contains("Saiga horn trade data shared with CITES."));
            assertThat(node.http("auditor").get(ANNUAL + "/issued?version=1&format=md").body())
                    .as("the issued version stays as approved").isEqualTo(issued);
        }
    }

    @Test
    void aResultsYearMustBeOneInWhichItsProgrammeIsInForce() {
        Http.Response old = pair.cites().http("recorder").post("/api/results", "{\"programme\":\"2015-2020\","
                + "\"activityCodes\":[\"A1\"],\"year\":2026,\"text\":\"Too late for 2015-2020.\",\"joint\":true}");
        assertThat(old.status()).as(old.toString()).isEqualTo(400);
        assertThat(old.json().get("errors").findValuesAsText("field")).contains("year");

        String current = record(pair.cites(), "D1", 2026, "Coordination meeting of 2026 held.");
        pair.awaitConverged();

        assertThat(current).isNotBlank();
        assertThat(markdown(pair.cms(), "/api/reports/annual/2026")).contains("Coordination meeting of 2026 held.");
    }

    private static String record(RunningNode node, String code, int year, String text) {
        Http.Response r = node.http("recorder").post("/api/results", "{\"programme\":\"2021-2025\","
                + "\"activityCodes\":[\"" + code + "\"],\"year\":" + year + ",\"text\":\"" + text + "\","
                + "\"joint\":false}");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asText();
    }

    private static String markdown(RunningNode node, String report) {
        Http.Response r = node.http("auditor").get(report + "?format=md");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.body();
    }

    private static JsonNode status(RunningNode node) {
        return node.http("auditor").get(ANNUAL + "/status").json();
    }

    private static Http.Response approve(RunningNode node, String digest) {
        return node.http("approver").post(ANNUAL + "/approvals", "{\"contentDigest\":\"" + digest + "\"}");
    }
}
