package org.jwp.ledger.node.replication;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.node.support.Http;
import org.jwp.ledger.node.support.NodePair;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two secretariats never upgrade on the same day. CMS runs as the build before ActivityResultRecorded revision 2
 * ({@code ledger.contracts.withheld}): CITES's revision-2 passage reaches it, is stored, chained, verified and held
 * unread — out of its read models and reports, marked in its timeline — and replication goes on. Upgraded (started
 * without the setting), CMS takes the passage in: its read models and reports then equal CITES's.
 */
class MixedVersionsIT {

    private static final String PASSAGE = "Range States of *Saiga tatarica* met with both Secretariats.";
    private static NodePair pair;

    @BeforeAll
    static void cmsRunsTheEarlierVersion() {
        pair = NodePair.start("--spring.profiles.active=demo");
        pair.restartCms("--ledger.contracts.withheld=ActivityResultRecorded#2");
    }

    @AfterAll
    static void stop() {
        pair.close();
    }

    @Test
    void aRevisionTheNodeCannotReadIsStoredVerifiedAndHeldThenTakenInOnceUpgraded() {
        Http.Response recorded = pair.cites().http("recorder").post("/api/results", "{\"programme\":\"2021-2025\","
                + "\"activityCodes\":[\"B15\",\"B16\"],\"year\":2025,\"text\":\"" + PASSAGE + "\",\"joint\":true,"
                + "\"actedOn\":\"2025-05-20\"}");
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        String id = recorded.json().get("id").asText();

        pair.awaitConverged();
        pair.awaitVerified();

        assertThat(NodePair.events(pair.cms(), Secretariat.CITES)).as("stored byte for byte")
                .isEqualTo(NodePair.events(pair.cites(), Secretariat.CITES));
        assertThat(pair.cms().jdbc().queryForList("select event_identifier from held_event", String.class))
                .hasSize(1);
        assertThat(resultIds(pair.cms())).doesNotContain(id);
        assertThat(resultIds(pair.cites())).contains(id);
        assertThat(report(pair.cms())).doesNotContain("Range States of");
        assertThat(report(pair.cites())).contains("Range States of");
        assertThat(pair.cms().http("auditor").get("/ledger?origin=CITES").body())
                .contains("Result recorded (recorded by a newer version");
        Http.Response asked = pair.cites().http("recorder").post("/api/consultations", "{\"requestedFrom\":\"CMS\","
                + "\"meeting\":\"CITES CoP20\",\"proposal\":\"Prop. 12\",\"taxon\":\"Saiga tatarica\","
                + "\"proposedChange\":\"Transfer to Appendix I\",\"dueDate\":\"" + java.time.LocalDate.now()
                .plusDays(30) + "\",\"activityCodes\":[\"B15\"]}");
        assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
        pair.awaitConverged();
        assertThat(pair.cms().http("auditor").get("/api/commitments/" + asked.json().get("id").asText()).status())
                .as("replication and the read models went on after the held event").isEqualTo(200);

        pair.restartCms();

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(resultIds(pair.cms())).contains(id));
        pair.awaitConverged();
        assertThat(report(pair.cms())).isEqualTo(report(pair.cites())).contains("Range States of");
        assertThat(pair.cms().jdbc().queryForList("select event_identifier from held_event", String.class))
                .isEmpty();
        assertThat(pair.cms().http("auditor").get("/ledger?origin=CITES").body())
                .doesNotContain("recorded by a newer version");
    }

    private static java.util.List<String> resultIds(org.jwp.ledger.node.support.RunningNode node) {
        JsonNode results = node.http("auditor").get("/api/activities/B15/results?programme=2021-2025").json();
        return results.findValuesAsText("id");
    }

    private static String report(org.jwp.ledger.node.support.RunningNode node) {
        return node.http("auditor").get("/api/reports/programme/2021-2025?format=md").body();
    }
}
