package org.jwp.ledger.node.admin;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.jwp.ledger.node.demo.DemoHistory;
import org.jwp.ledger.node.support.Http;
import org.jwp.ledger.node.support.NodePair;
import org.jwp.ledger.node.support.RunningNode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Projections rebuilt from the events equal those before; the commitments as they stood at an earlier instant. */
class ReplayAndAsOfIT {

    private static NodePair pair;
    private static RunningNode cites;
    private static String kept;
    private static String gone;

    @BeforeAll
    static void aLedgerWithTheDemoHistory() {
        pair = NodePair.start("--spring.profiles.active=demo"); // the demo history signs in as the demo recorder
        cites = pair.cites();
        DemoHistory.loadInto(cites.baseUrl(), pair.cms().baseUrl());
        // A result corrected twice and one withdrawn: on a replay all their events fall in one batch of the
        // search projection, whose writes wait for the batch's commit (docs/replication.md).
        Http officer = cites.http("recorder");
        kept = result(officer, "Coordination meeting in Bonn.");
        gone = result(officer, "Duplicate of the Bonn meeting.");
        for (String text : List.of("Coordination meeting in Geneva.", "Coordination meeting in Geneva, 2025.")) {
            assertThat(officer.post("/api/results/" + kept + "/correction", "{\"text\":\"" + text
                    + "\",\"reason\":\"Wrong city.\"}").status()).isEqualTo(200);
        }
        assertThat(officer.post("/api/results/" + gone + "/withdrawal", "{\"reason\":\"Duplicate.\"}").status())
                .isEqualTo(200);
        pair.awaitConverged();
        await().atMost(Duration.ofSeconds(30)).until(() -> checksums().equals(checksums()));
    }

    @AfterAll
    static void stop() {
        pair.close();
    }

    @Test
    void replayingAllProjectionsRebuildsThemRowForRow() {
        List<String> before = settledChecksums();
        long lastPosition = cites.jdbc().queryForObject("select max(position) from commitment_event", Long.class);

        JsonNode answer = cites.http("admin").post("/api/admin/replay", null).json();
        assertThat(answer.get("replaying")).extracting(JsonNode::asText).contains("commitments", "activity-results");
        assertThat(cites.http("auditor").get("/api/commitments").status()).as("still answering").isEqualTo(200);

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(checksums()).isEqualTo(before));
        assertThat(cites.jdbc().queryForObject("select min(position) from commitment_event", Long.class))
                .as("every history row was written anew").isGreaterThan(lastPosition);
        assertThat(cites.jdbc().queryForList("select words from search_entry where id in (?, ?)", String.class, kept,
                gone)).as("the search entry of the corrected result as it now reads; the withdrawn one gone")
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .contains("Geneva, 2025").doesNotContain("Bonn");
    }

    @Test
    void oneProjectionCanBeReplayedAloneAndAnUnknownOneIsRefused() {
        List<String> before = settledChecksums();

        assertThat(cites.http("admin").post("/api/admin/replay?projection=commitments", null).status())
                .isEqualTo(202);
        assertThat(cites.http("admin").post("/api/admin/replay?projection=nonsense", null).status()).isEqualTo(400);

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(checksums()).isEqualTo(before));
    }

    @Test
    void commitmentsAsOfAnEarlierInstantShowWhatHadBeenRecordedByThen() {
        JsonNode end2019 = cites.http("auditor").get("/api/commitments?asOf=2019-12-31").json();
        JsonNode now = cites.http("auditor").get("/api/commitments").json();
        assertThat(end2019).as("the demo history was recorded today, so nothing existed in 2019").isEmpty();

        Instant midway = Instant.parse(cites.http("auditor").get("/api/commitments/CITES-LOAN-2023-0001").json()
                .get("history").get(1).get("time").asText());
        JsonNode loanThen = cites.http("auditor").get("/api/commitments/CITES-LOAN-2023-0001?asOf=" + midway).json();
        assertThat(loanThen.get("status").asText()).isEqualTo("AGREED");
        assertThat(loanThen.get("history")).hasSize(2);
        assertThat(cites.http("auditor").get("/api/commitments/CITES-LOAN-2023-0001").json().get("status").asText())
                .isEqualTo("COMPLETED");

        JsonNode allNow = cites.http("auditor").get("/api/commitments?asOf=" + Instant.now()).json();
        assertThat(allNow.findValuesAsText("id")).containsExactlyInAnyOrderElementsOf(now.findValuesAsText("id"));
        assertThat(allNow.findValuesAsText("status")).containsExactlyInAnyOrderElementsOf(
                now.findValuesAsText("status"));
        assertThat(cites.http("auditor").get("/api/commitments?asOf=yesterday").status()).isEqualTo(400);
    }

    /** Checksums once the projections stopped changing. */
    private static List<String> settledChecksums() {
        return await().atMost(Duration.ofSeconds(30)).pollDelay(Duration.ofMillis(500))
                .until(ReplayAndAsOfIT::checksums, c -> c.equals(checksums()));
    }

    private static String result(Http officer, String text) {
        Http.Response r = officer.post("/api/results", "{\"programme\":\"2021-2025\",\"activityCodes\":[\"D1\"],"
                + "\"year\":2025,\"text\":\"" + text + "\",\"joint\":true,\"actedOn\":\"2025-03-01\"}");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asText();
    }

    private static List<String> checksums() {
        return List.of(
                cites.jdbc().queryForObject("select md5(coalesce(string_agg(c::text, '|' order by id), '')) "
                        + "from commitment c", String.class),
                cites.jdbc().queryForObject("select md5(coalesce(string_agg(concat_ws(',', commitment_id, event_id, "
                        + "type, origin, recorded_by, recorded_at, acted_on, payload::text), '|' "
                        + "order by commitment_id, position), '')) from commitment_event", String.class),
                cites.jdbc().queryForObject("select md5(coalesce(string_agg(a::text, '|' order by id), '')) "
                        + "from activity_result a", String.class),
                cites.jdbc().queryForObject("select md5(coalesce(string_agg(s::text, '|' order by id), '')) "
                        + "from search_entry s", String.class));
    }
}
