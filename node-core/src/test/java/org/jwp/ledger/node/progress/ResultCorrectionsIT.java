package org.jwp.ledger.node.progress;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.jwp.ledger.node.support.Http;
import org.jwp.ledger.node.support.NodePair;
import org.jwp.ledger.node.support.RunningNode;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A result is corrected and withdrawn on its owner's node: both nodes' reports and read models show the current
 * version, its page lists every version, a report as of before the correction shows the old text, and the other
 * secretariat, an unknown id, a missing reason or a correction that changes nothing are refused.
 */
class ResultCorrectionsIT {

    private static NodePair pair;
    private static String id;
    private static Instant beforeCorrection;

    @BeforeAll
    static void aResultRecordedThenCorrected() {
        pair = NodePair.start("--spring.profiles.active=demo");
        Http.Response recorded = pair.cites().http("recorder").post("/api/results", "{\"programme\":\"2021-2025\","
                + "\"activityCodes\":[\"D1\"],\"year\":2024,\"text\":\"Anual coordination meeting held.\","
                + "\"joint\":true,\"actedOn\":\"2024-10-15\"}");
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        id = recorded.json().get("id").asText();
        pair.awaitConverged();
        beforeCorrection = Instant.now();
        Http.Response corrected = pair.cites().http("recorder").post("/api/results/" + id + "/correction",
                "{\"text\":\"Annual coordination meeting held in Geneva.\",\"activityCodes\":[\"D1\",\"D2\"],"
                        + "\"reason\":\"Spelling, place and the exchange of information it covered.\"}");
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        pair.awaitConverged();
    }

    @AfterAll
    static void stop() {
        pair.close();
    }

    @Test
    void bothNodesReportTheCorrectedTextAndTheResultListsBothVersions() {
        for (RunningNode node : List.of(pair.cites(), pair.cms())) {
            String report = node.http("auditor").get("/api/reports/annual/2024?format=md").body();
            assertThat(report).contains("Annual coordination meeting held in Geneva.")
                    .doesNotContain("Anual coordination");
            JsonNode result = node.http("auditor").get("/api/results/" + id).json();
            assertThat(result.get("current").get("text").asText()).isEqualTo(
                    "Annual coordination meeting held in Geneva.");
            assertThat(result.get("versions").findValuesAsText("kind")).containsExactly("RECORDED", "CORRECTED");
            assertThat(result.get("versions").get(1).get("changed").toString()).contains("activityCodes", "text");
            assertThat(result.get("versions").get(1).get("reason").asText()).startsWith("Spelling");
            assertThat(node.http("auditor").get("/api/activities/D2/results?programme=2021-2025").json()
                    .findValuesAsText("id")).contains(id);
        }
    }

    @Test
    void aReportAsOfBeforeTheCorrectionShowsTheTextAsItThenRead() {
        String then = pair.cms().http("auditor").get("/api/reports/annual/2024?format=md&asOf=" + beforeCorrection)
                .body();
        assertThat(then).contains("Anual coordination meeting held.");
    }

    @Test
    void refusalsChangeNothing() {
        long before = pair.cites().eventCount();
        assertThat(pair.cms().http("recorder").post("/api/results/" + id + "/correction",
                "{\"text\":\"CMS rewrites it.\",\"reason\":\"Not ours.\"}").status()).as("the other secretariat's")
                .isEqualTo(409);
        assertThat(pair.cites().http("recorder").post("/api/results/CITES-RES-2024-9999/correction",
                "{\"text\":\"x\",\"reason\":\"y\"}").status()).isEqualTo(404);
        assertThat(pair.cites().http("recorder").post("/api/results/" + id + "/correction",
                "{\"text\":\"No reason given.\"}").status()).isEqualTo(400);
        assertThat(pair.cites().http("recorder").post("/api/results/" + id + "/correction",
                "{\"reason\":\"Nothing given.\"}").status()).isEqualTo(400);
        assertThat(pair.cites().http("recorder").post("/api/results/" + id + "/correction",
                "{\"text\":\"Annual coordination meeting held in Geneva.\",\"reason\":\"Same text.\"}").status())
                .as("changes nothing").isEqualTo(400);
        assertThat(pair.cites().eventCount()).isEqualTo(before);
    }

    @Test
    void aWithdrawnResultLeavesTheReportsButKeepsItsVersions() {
        Http.Response recorded = pair.cites().http("recorder").post("/api/results", "{\"programme\":\"2021-2025\","
                + "\"activityCodes\":[\"E1\"],\"year\":2024,\"text\":\"Recorded by mistake.\",\"joint\":false,"
                + "\"actedOn\":\"2024-06-01\"}");
        String mistaken = recorded.json().get("id").asText();
        assertThat(pair.cites().http("recorder").post("/api/results/" + mistaken + "/withdrawal",
                "{\"reason\":\"Recorded by mistake.\"}").status()).isEqualTo(200);
        assertThat(pair.cites().http("recorder").post("/api/results/" + mistaken + "/withdrawal",
                "{\"reason\":\"Again.\"}").status()).isEqualTo(409);
        pair.awaitConverged();

        for (RunningNode node : List.of(pair.cites(), pair.cms())) {
            assertThat(node.http("auditor").get("/api/reports/annual/2024?format=md").body())
                    .doesNotContain("Recorded by mistake.");
            assertThat(node.http("auditor").get("/api/activities/E1/results").json().findValuesAsText("id"))
                    .doesNotContain(mistaken);
            JsonNode result = node.http("auditor").get("/api/results/" + mistaken).json();
            assertThat(result.get("withdrawn").asBoolean()).isTrue();
        }
    }
}
