package org.jwp.ledger.node.duties;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.node.support.NodeProcess;
import org.jwp.ledger.node.support.RunningNode;
import org.jwp.ledger.node.support.TestDatabases;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of the CITES node (two processes) on one database, following the CMS node: what must happen once per
 * secretariat (following CMS, signing CITES's checkpoints, the scheduled self-check) is done by one instance at a
 * time, and an instance paused (SIGSTOP) past its claim does not act on the duties it lost when it runs again.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DutiesIT {

    private static RunningNode cms;
    private static final List<NodeProcess> cites = new ArrayList<>();
    private static final String FOLLOWER = "follower:CMS";
    private static JdbcTemplate citesDatabase;

    @BeforeAll
    static void start() {
        // CMS accepts CITES's pulls (the pair's token); whom it follows does not matter here.
        cms = RunningNode.start(Secretariat.CMS, RunningNode.peerArgs(Secretariat.CITES, RunningNode.freePort()));
        String database = TestDatabases.newDatabase();
        citesDatabase = new JdbcTemplate(new DriverManagerDataSource(database, "postgres", ""));
        List<String> args = new ArrayList<>(List.of(RunningNode.peerArgs(Secretariat.CMS, portOf(cms))));
        args.add("--ledger.duty.lease=PT3S");
        for (int i = 0; i < 2; i++) {
            cites.add(NodeProcess.start(Secretariat.CITES, database, args.toArray(String[]::new)));
        }
    }

    @AfterAll
    static void stop() {
        cites.forEach(NodeProcess::close); // closing twice is harmless
        cms.close();
    }

    @Test
    @Order(1)
    void eachDutyIsHeldByOneInstanceAndOnlyThatOneFollowsThePeer() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(liveHolders(cites.get(0)).keySet())
                .contains(FOLLOWER, Duties.CHECKPOINT_SIGNER, Duties.SELF_CHECK));
        NodeProcess follower = holderOf(FOLLOWER);
        NodeProcess other = cites.get(1 - cites.indexOf(follower));
        for (int i = 0; i < 5; i++) {
            assertThat(cms.recordResult(i).status()).isEqualTo(201);
        }

        awaitCmsReplicated(other);
        assertThat(follower.metric("ledger.replication.events.received")).isGreaterThanOrEqualTo(5);
        assertThat(other.metric("ledger.replication.events.received")).isZero();
        assertThat(liveHolders(other).get(Duties.CHECKPOINT_SIGNER)).isEqualTo(instanceOf(follower));
        assertThat(other.metric("ledger.audit.checkpoints.signed")).as("checkpoints signed by the other instance")
                .isZero();
        JsonNode standby = other.http("auditor").get("/api/replication/status").json().get(0);
        assertThat(standby.get("state").asText()).isEqualTo("STANDBY");
        assertThat(standby.get("followedBy").asText()).isEqualTo(instanceOf(follower));
    }

    @Test
    @Order(2)
    void eachInstanceComparedWithThePeersUnderTheClaimAndHandedItBackOnceItRecorded() {
        for (NodeProcess instance : cites) {
            assertThat(instance.log()).contains("now holds the duty " + Duties.START_UP_COMPARISON);
        }
        assertThat(fences(cites.get(0))).as("no instance holds the comparison once it records")
                .doesNotContainKey(Duties.START_UP_COMPARISON);
    }

    @Test
    @Order(3)
    void anInstancePausedPastItsClaimsLosesThemAndDoesNotActOnThemWhenResumed() {
        NodeProcess paused = holderOf(FOLLOWER);
        NodeProcess other = cites.get(1 - cites.indexOf(paused));
        Map<String, Long> fences = fences(other);
        double receivedBefore = paused.metric("ledger.replication.events.received");
        double signedBefore = paused.metric("ledger.audit.checkpoints.signed");
        String otherInstance = instanceOf(other);

        long takenWithFence;
        paused.pause();
        try {
            for (int i = 10; i < 13; i++) {
                assertThat(cms.recordResult(i).status()).isEqualTo(201);
            }
            // The claims lapse by the database's clock and the other instance takes them, with new fences.
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(liveHolders(other).get(FOLLOWER)).isEqualTo(otherInstance);
                assertThat(fences(other).get(FOLLOWER)).isGreaterThan(fences.get(FOLLOWER));
            });
            takenWithFence = fences(other).get(FOLLOWER);
            awaitCmsReplicated(other);
            assertThat(other.http("officer").post("/api/activities/D2/results", "{\"programme\":\"2021-2025\","
                    + "\"year\":2024,\"text\":\"Recorded while the other instance stood still\",\"joint\":true}")
                    .status()).isEqualTo(201);
        } finally {
            paused.resume();
        }

        for (int i = 20; i < 23; i++) {
            assertThat(cms.recordResult(i).status()).isEqualTo(201);
        }
        awaitCmsReplicated(other);
        long citesHead = citesHead(other);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(other.http("auditor")
                .get("/api/audit/checkpoints").json().toString())
                .contains("\"origin\":\"CITES\",\"sequence\":" + citesHead + ","));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(paused.http("auditor")
                .get("/api/replication/status").json().get(0).get("state").asText()).isEqualTo("STANDBY"));

        assertThat(paused.metric("ledger.replication.events.received")).as("events the resumed instance stored")
                .isEqualTo(receivedBefore);
        assertThat(paused.metric("ledger.audit.checkpoints.signed")).as("checkpoints the resumed instance signed")
                .isEqualTo(signedBefore);
        assertThat(liveHolders(other).get(FOLLOWER)).isEqualTo(otherInstance);
        assertThat(liveHolders(other).get(Duties.CHECKPOINT_SIGNER)).isEqualTo(otherInstance);
        assertThat(fences(other).get(FOLLOWER)).as("no change of hands after the resume").isEqualTo(takenWithFence);
    }

    @Test
    @Order(4)
    void theReadModelsAreSpreadOverBothInstancesAndEachEventIsProjectedOnce() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(segmentsByOwner().values())
                .as("read-model segments claimed per instance").hasSize(2).allMatch(n -> n >= 1));
        for (int i = 0; i < 6; i++) {
            assertThat(cites.get(i % 2).http("officer").post("/api/activities/D2/results", "{\"programme\":"
                    + "\"2021-2025\",\"year\":2024,\"text\":\"Recorded through instance " + i % 2 + "\","
                    + "\"joint\":true}").status()).isEqualTo(201);
        }
        assertThat(cms.recordResult(30).status()).isEqualTo(201);
        awaitCmsReplicated(cites.get(0));
        // A result projected twice would be refused by the read model's key and hold its processor back forever.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(resultRows()).isEqualTo(resultEvents()));
    }

    @Test
    @Order(5)
    void aReplayAskedOfOneInstanceIsDoneByTheInstanceProcessingEachReadModel() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(segmentsByOwner().values())
                .hasSize(2).allMatch(n -> n >= 1));
        long results = resultRows();
        citesDatabase.update("delete from activity_result"); // a read model damaged by hand

        JsonNode answer = cites.get(0).http("admin").post("/api/admin/replay", null).json();

        assertThat(answer.get("byAnotherInstance")).as("read models the other instance processes").isNotEmpty();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(citesDatabase.queryForObject("select count(*) from read_model_reset", Integer.class))
                    .as("resets left for the other instance").isZero();
            assertThat(resultRows()).isEqualTo(results).isEqualTo(resultEvents());
        });
    }

    @Test
    @Order(6)
    void whenAnInstanceLeavesTheOtherTakesEveryReadModelSegment() {
        int segments = citesDatabase.queryForObject("select count(*) from token_entry", Integer.class);
        NodeProcess leaving = cites.get(0);
        NodeProcess staying = cites.get(1);
        leaving.close();

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(segmentsByOwner().values())
                .as("read-model segments claimed per instance").containsExactly(segments));
        assertThat(staying.http("officer").post("/api/activities/D2/results", "{\"programme\":\"2021-2025\","
                + "\"year\":2024,\"text\":\"Recorded after the other instance left\",\"joint\":true}")
                .status()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(resultRows()).isEqualTo(resultEvents()));
    }

    /** Segments claimed now (Axon's token claims, within its ten-second claim timeout), per claiming instance. */
    private static Map<String, Integer> segmentsByOwner() {
        Map<String, Integer> owners = new HashMap<>();
        citesDatabase.query("select owner, count(*) from token_entry where owner is not null group by owner",
                rs -> {
                    owners.put(rs.getString(1), rs.getInt(2));
                });
        return owners;
    }

    private static long resultRows() {
        return citesDatabase.queryForObject("select count(*) from activity_result", Long.class);
    }

    private static long resultEvents() {
        return citesDatabase.queryForObject("select count(*) from domain_event_entry where payload_type like "
                + "'%.ActivityResultRecorded'", Long.class);
    }

    /** Until the CITES database, read through {@code via}, holds every CMS event recorded so far. */
    private static void awaitCmsReplicated(NodeProcess via) {
        long cmsHead = cms.jdbc().queryForObject(
                "select coalesce(max(origin_sequence), 0) from domain_event_entry where origin = 'CMS'", Long.class);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(via.http("auditor")
                .get("/api/ledger/heads").json().toString()).contains("\"origin\":\"CMS\",\"sequence\":" + cmsHead));
    }

    private static long citesHead(NodeProcess node) {
        for (JsonNode h : node.http("auditor").get("/api/ledger/heads").json()) {
            if (h.get("origin").asText().equals("CITES")) {
                return h.get("sequence").asLong();
            }
        }
        return 0;
    }

    private static Map<String, String> liveHolders(NodeProcess via) {
        Map<String, String> holders = new HashMap<>();
        for (JsonNode c : via.http("auditor").get("/api/replication/duties").json().get("claims")) {
            if (c.get("live").asBoolean()) {
                holders.put(c.get("duty").asText(), c.get("holder").asText());
            }
        }
        return holders;
    }

    private static Map<String, Long> fences(NodeProcess via) {
        Map<String, Long> fences = new HashMap<>();
        for (JsonNode c : via.http("auditor").get("/api/replication/duties").json().get("claims")) {
            fences.put(c.get("duty").asText(), c.get("fence").asLong());
        }
        return fences;
    }

    private static String instanceOf(NodeProcess node) {
        return node.http("auditor").get("/api/replication/duties").json().get("thisInstance").asText();
    }

    private static NodeProcess holderOf(String duty) {
        String holder = liveHolders(cites.get(0)).get(duty);
        return cites.stream().filter(n -> instanceOf(n).equals(holder)).findFirst().orElseThrow();
    }

    private static int portOf(RunningNode node) {
        return Integer.parseInt(node.baseUrl().substring(node.baseUrl().lastIndexOf(':') + 1));
    }
}
