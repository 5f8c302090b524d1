package org.jwp.ledger.node.replication;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.axonframework.common.DateTimeUtils;
import org.jwp.ledger.events.EventContracts;
import org.jwp.ledger.events.EventJson;
import org.jwp.ledger.events.consultation.ConsultationWithdrawn;
import org.jwp.ledger.format.ChainHash;
import org.jwp.ledger.format.Checkpoint;
import org.jwp.ledger.node.audit.CheckpointStore;
import org.jwp.ledger.format.Envelope;
import org.jwp.ledger.node.ledger.LedgerStore;
import org.jwp.ledger.format.StoredEvent;
import org.jwp.ledger.node.support.Http;
import org.jwp.ledger.node.support.NodePair;
import org.jwp.ledger.node.support.RunningNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Finding 1 of docs/security.md: a hostile peer answers a node's start-up comparison with its real chain plus one
 * made-up event of that node's own origin after its head. The node must not adopt, sign or serve it: it holds the
 * event unappended, closes writes as UNPROVEN and lets an administrator accept or refuse it.
 */
class PlantedEventIT {

    private static final ObjectMapper JSON = EventJson.mapper();

    private NodePair pair;
    private HttpServer fakePeer;
    private String consultation;
    private StoredEvent planted;

    @BeforeEach
    void aNodeRestartedAgainstAPeerThatPlantsAnEvent() throws IOException {
        pair = NodePair.start();
        consultation = pair.cites().http("officer").post("/api/consultations", """
                {"requestedFrom":"CMS","meeting":"CITES CoP20","proposal":"Prop. 12",
                 "taxon":"Carcharhinus longimanus","proposedChange":"Include in Appendix II","dueDate":"2025-06-30",
                 "activityCodes":["C3"],"actedOn":"2025-04-02"}""").json().get("id").asText();
        pair.cites().recordResult(1);
        pair.awaitConverged();
        pair.cites().signCheckpoint();
        long head = citesHead(pair.cites());
        await().atMost(Duration.ofSeconds(40)).until(() -> pair.cms().jdbc().queryForObject(
                "select count(*) from ledger_checkpoint where origin = 'CITES' and sequence = ?", Integer.class,
                head) == 1);
        pair.cites().close();
        planted = plantedWithdrawal(head, DateTimeUtils.formatInstant(Instant.now()));
        restartAgainstAPeerThatPlants(planted);
    }

    private void restartAgainstAPeerThatPlants(StoredEvent event) throws IOException {
        if (fakePeer != null) {
            pair.cites().close();
            fakePeer.stop(0);
        }
        fakePeer = servingCmsCopyPlus(event);
        pair.startCitesWithPeerAt(fakePeer.getAddress().getPort());
    }

    @AfterEach
    void stop() {
        pair.close();
        fakePeer.stop(0);
    }

    @Test
    void theNodeHoldsThePlantedEventUnappendedAndRecordsNothingUntilAnAdministratorDecides() {
        JsonNode recovery = awaitUnproven();

        assertThat(recovery.get("unprovenFrom").asText()).isEqualTo("CMS");
        JsonNode shown = recovery.get("unproven").get(0);
        assertThat(recovery.get("unproven")).hasSize(1);
        assertThat(shown.get("eventId").asText()).isEqualTo(planted.eventId());
        assertThat(shown.get("type").asText()).isEqualTo("ConsultationWithdrawn");
        assertThat(shown.get("recordedBy").asText()).isEqualTo("admin");
        assertThat(shown.get("recordedAt").asText()).isEqualTo(planted.timestamp());
        assertThat(shown.at("/says/reason").asText()).isEqualTo("Withdrawn at the proponent's request.");
        assertThat(pair.cites().jdbc().queryForObject("select count(*) from domain_event_entry where "
                + "event_identifier = ?", Integer.class, planted.eventId())).isZero();
        Http.Response refused = pair.cites().recordResult(2);
        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.json().get("state").asText()).isEqualTo("UNPROVEN");
        assertThat(pair.cites().http("auditor").post("/api/audit/checkpoints", null).status()).isEqualTo(503);
        assertThat(pair.cites().http("admin").get("/admin").body()).contains(planted.eventId())
                .contains("Request withdrawn");
    }

    @Test
    void refusedItIsNeverStoredSignedOrServedAndTheNodeRecordsOnFromItsProvenHead() {
        awaitUnproven();
        long provenHead = citesHead(pair.cites());

        Http.Response refusal = pair.cites().http("admin").post("/api/admin/recovery/unproven/refusal",
                "{\"reason\":\"Nobody here withdrew this consultation.\"}");

        assertThat(refusal.status()).as(refusal.body()).isEqualTo(201);
        assertThat(writes()).isEqualTo("OPEN");
        assertThat(citesHead(pair.cites())).isEqualTo(provenHead + 1);
        StoredEvent decision = pair.cites().bean(LedgerStore.class).after("CITES", provenHead, 1).get(0);
        assertThat(decision.payloadType()).endsWith("UnprovenEventsRefused");
        assertThat(new String(decision.payload(), StandardCharsets.UTF_8))
                .contains("Nobody here withdrew this consultation.").contains(planted.hash());
        assertThat(new String(decision.metadata(), StandardCharsets.UTF_8)).contains("\"recordedBy\":\"admin\"");
        assertThat(pair.cites().recordResult(3).status()).isEqualTo(201);
        pair.cites().signCheckpoint();
        for (RunningNode node : new RunningNode[]{pair.cites(), pair.cms()}) {
            await().atMost(Duration.ofSeconds(40)).until(() -> citesHead(node) == provenHead + 2);
            assertThat(node.jdbc().queryForObject("select count(*) from domain_event_entry where event_identifier "
                    + "= ?", Integer.class, planted.eventId())).isZero();
            assertThat(node.jdbc().queryForObject("select count(*) from ledger_chain where hash = ?", Integer.class,
                    planted.hash())).isZero();
        }
        pair.awaitVerified();
        assertThat(pair.cites().http("officer").get("/api/commitments/" + consultation).json().get("status")
                .asText()).isNotEqualTo("WITHDRAWN");
    }

    @Test
    void acceptedItIsAppendedWithTheAdministratorsReasonRecordedRightAfterIt() {
        awaitUnproven();
        long provenHead = citesHead(pair.cites());

        Http.Response acceptance = pair.cites().http("admin").post("/api/admin/recovery/unproven/acceptance",
                "{\"reason\":\"Withdrawn on the phone; the officer confirmed it.\"}");

        assertThat(acceptance.status()).as(acceptance.body()).isEqualTo(201);
        assertThat(writes()).isEqualTo("OPEN");
        List<StoredEvent> after = pair.cites().bean(LedgerStore.class).after("CITES", provenHead, 10);
        assertThat(after).hasSize(2);
        assertThat(after.get(0).sameAs(planted)).isTrue();
        assertThat(after.get(1).payloadType()).endsWith("UnprovenEventsAccepted");
        assertThat(new String(after.get(1).payload(), StandardCharsets.UTF_8))
                .contains("Withdrawn on the phone").contains("\"firstSequence\":" + planted.sequence());
        JsonNode log = pair.cites().http("auditor").get("/api/audit/recovery").json().get("recoveries");
        assertThat(log.get(log.size() - 1).get("lastSequence").asLong()).isEqualTo(planted.sequence());
        pair.cites().signCheckpoint();
        assertThat(pair.cites().http("auditor").get("/api/audit/verification").json().get("verdict").asText())
                .isEqualTo("VERIFIED");
    }

    @Test
    void decisionsNeedAReasonAnAdministratorAndSomethingToDecideOn() {
        awaitUnproven();

        assertThat(pair.cites().http("admin").post("/api/admin/recovery/unproven/refusal", "{\"reason\":\" \"}")
                .status()).isEqualTo(400);
        assertThat(pair.cites().http("auditor").post("/api/admin/recovery/unproven/refusal",
                "{\"reason\":\"no\"}").status()).isEqualTo(403);
        assertThat(writes()).isEqualTo("UNPROVEN");
        assertThat(pair.cites().http("admin").post("/api/admin/recovery/unproven/refusal",
                "{\"reason\":\"not ours\"}").status()).isEqualTo(201);
        Http.Response again = pair.cites().http("admin").post("/api/admin/recovery/unproven/acceptance",
                "{\"reason\":\"changed my mind\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aPlantedEventDatedBeforeTheHeadCanOnlyBeRefusedAndAsOfAnswersForEveryInstant() throws IOException {
        awaitUnproven();
        long head = citesHead(pair.cites());
        String requestedAt = pair.cites().bean(LedgerStore.class).after("CITES", 0, 1).get(0).timestamp();
        planted = plantedWithdrawal(head, "2025-05-01T09:00:00.000Z");
        restartAgainstAPeerThatPlants(planted);

        JsonNode recovery = awaitUnproven();

        assertThat(recovery.get("unprovenProblem").asText()).contains("time never runs backwards");
        assertThat(recovery.get("unproven").get(0).get("eventId").asText()).isEqualTo(planted.eventId());
        Http.Response accepted = pair.cites().http("admin").post("/api/admin/recovery/unproven/acceptance",
                "{\"reason\":\"looks fine\"}");
        assertThat(accepted.status()).isEqualTo(409);
        assertThat(accepted.json().get("detail").asText()).contains("only refused");
        assertThat(pair.cites().http("admin").get("/admin").body()).contains("cannot be")
                .doesNotContain("id=\"accept-unproven\"");
        assertThat(pair.cites().http("admin").post("/api/admin/recovery/unproven/refusal",
                "{\"reason\":\"dated before our own last event\"}").status()).isEqualTo(201);
        pair.cites().awaitProjected();
        for (String instant : new String[]{"2025-05-01T10:00:00Z", requestedAt, Instant.now().toString()}) {
            Http.Response asOf = pair.cites().http("auditor").get("/api/commitments?asOf=" + instant);
            assertThat(asOf.status()).as(instant + ": " + asOf.body()).isEqualTo(200);
        }
        assertThat(pair.cites().jdbc().queryForObject("select count(*) from domain_event_entry where "
                + "event_identifier = ?", Integer.class, planted.eventId())).isZero();
    }

    private JsonNode awaitUnproven() {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> "UNPROVEN".equals(writes()));
        return pair.cites().http("auditor").get("/api/audit/recovery").json();
    }

    private String writes() {
        return pair.cites().http("auditor").get("/api/audit/recovery").json().path("writes").asText();
    }

    private static long citesHead(RunningNode node) {
        return node.bean(LedgerStore.class).heads().getOrDefault("CITES", 0L);
    }

    /** A withdrawal of CITES's own consultation that CITES never recorded, chained correctly after its head. */
    private StoredEvent plantedWithdrawal(long head, String time) throws IOException {
        LedgerStore cms = pair.cms().bean(LedgerStore.class);
        String previous = cms.chainHash("CITES", head).orElseThrow();
        byte[] payload = JSON.writeValueAsBytes(new ConsultationWithdrawn(consultation,
                "Withdrawn at the proponent's request.", LocalDate.parse("2025-05-01")));
        byte[] metadata = JSON.writeValueAsBytes(Map.of("origin", "CITES", "recordedBy", "admin",
                "recordedAt", time));
        StoredEvent unhashed = new StoredEvent("CITES", head + 1, UUID.randomUUID().toString(), consultation, 1,
                "Consultation", time, EventContracts.typeName(ConsultationWithdrawn.class),
                EventContracts.revisionOf(ConsultationWithdrawn.class), payload, metadata, null);
        String hash = ChainHash.next(previous, Envelope.canonical(unhashed));
        return new StoredEvent("CITES", head + 1, unhashed.eventId(), consultation, 1, "Consultation",
                unhashed.timestamp(), unhashed.payloadType(), unhashed.payloadRevision(), payload, metadata, hash);
    }

    /** Answers the return feed as CMS would, from CMS's real copy, with the planted event after the head. */
    private HttpServer servingCmsCopyPlus(StoredEvent extra) throws IOException {
        LedgerStore cms = pair.cms().bean(LedgerStore.class);
        CheckpointStore checkpoints = pair.cms().bean(CheckpointStore.class);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/feeds/yours", exchange -> {
            long after = Long.parseLong(query(exchange).getOrDefault("after", "0"));
            if (exchange.getRequestURI().getPath().endsWith("/checkpoints")) {
                List<Checkpoint> held = checkpoints.after("CITES", after, 1000);
                answer(exchange, 200, "application/json", JSON.writeValueAsBytes(held), Map.of());
                return;
            }
            List<StoredEvent> events = new ArrayList<>(cms.after("CITES", after, 500));
            if (after < extra.sequence()) {
                events.add(extra);
            }
            answer(exchange, 200, FeedController.BATCH.toString(),
                    JSON.writeValueAsBytes(CloudEventMapping.toBatch(events, JSON)),
                    Map.of(ReturnFeedController.HELD_HEAD, Long.toString(extra.sequence()),
                            ReturnFeedController.HELD_HASH, extra.hash()));
        });
        server.createContext("/", exchange -> answer(exchange, 503, "text/plain", new byte[0], Map.of()));
        server.start();
        return server;
    }

    private static Map<String, String> query(HttpExchange exchange) {
        Map<String, String> params = new HashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                String[] kv = pair.split("=", 2);
                params.put(kv[0], kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        return params;
    }

    private static void answer(HttpExchange exchange, int status, String type, byte[] body,
                               Map<String, String> headers) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        headers.forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }
}
