package org.jwp.ledger.node.replication;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jwp.ledger.events.EventContracts;
import org.jwp.ledger.events.EventJson;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.events.consultation.ConsultationWithdrawn;
import org.jwp.ledger.events.correction.StepCorrected;
import org.jwp.ledger.events.progress.ActivityResultCorrected;
import org.jwp.ledger.events.progress.ActivityResultWithdrawn;
import org.jwp.ledger.events.signoff.ReportApproved;
import org.jwp.ledger.format.ChainHash;
import org.jwp.ledger.format.Checkpoint;
import org.jwp.ledger.format.Envelope;
import org.jwp.ledger.format.Keys;
import org.jwp.ledger.node.ledger.LedgerStore;
import org.jwp.ledger.format.StoredEvent;
import org.jwp.ledger.node.support.Http;
import org.jwp.ledger.node.support.RunningNode;
import org.jwp.ledger.node.support.TestDatabases;
import org.jwp.ledger.node.support.TestKeys;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A hostile CMS: its feed, in CMS's own streams, chained correctly and covered by a checkpoint signed with CMS's own
 * key, carries events that name CITES's items. The CITES node stores none of them, applies none, and its follower
 * stops saying why (issue 31's security trial, each finding once).
 */
class HostilePeerIT {

    private static final ObjectMapper JSON = EventJson.mapper();
    private static final String TIME = "2026-03-01T10:00:00.000Z";

    private FakeFeed peer;
    private RunningNode cites;
    private String consultation;
    private String result;

    @BeforeEach
    void aCitesNodeWithAConsultationAndAResult() {
        peer = new FakeFeed();
        cites = RunningNode.start(Secretariat.CITES, TestDatabases.newDatabase(), new Class<?>[0],
                RunningNode.peerArgs(Secretariat.CMS, peer.port()));
        cites.awaitWritable();
        Http.Response asked = cites.http("officer").post("/api/consultations", "{\"requestedFrom\":\"CMS\","
                + "\"meeting\":\"CITES CoP20\",\"proposal\":\"Prop. 12\",\"taxon\":\"Saiga tatarica\","
                + "\"proposedChange\":\"Include in Appendix II\",\"dueDate\":\"2025-06-30\","
                + "\"programme\":\"2021-2025\",\"activityCodes\":[\"C3\"],\"actedOn\":\"2025-04-02\"}");
        assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
        consultation = asked.json().get("id").asText();
        Http.Response recorded = cites.recordResult(1);
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        result = recorded.json().get("id").asText();
        cites.awaitProjected();
    }

    @AfterEach
    void stop() {
        if (cites != null) {
            cites.close();
        }
        peer.close();
    }

    @Test
    void aPeerWithdrawingOurConsultationFromItsOwnStreamIsRefused() {
        serve("CMS-CONS-2026-0001", "Consultation",
                new ConsultationWithdrawn(consultation, "withdrawn by CMS", LocalDate.parse("2026-03-01")));

        assertRefused("names " + consultation + " but stands in CMS-CONS-2026-0001");
        assertThat(cites.http("auditor").get("/api/commitments/" + consultation).json().get("status").asText())
                .isNotEqualTo("WITHDRAWN");
        assertThat(cites.http("admin").get("/admin").body()).as("the administrator's page says why")
                .contains("STOPPED").contains("names " + consultation + " but stands in CMS-CONS-2026-0001");
    }

    @Test
    void aPeerWithdrawingOurResultIsRefused() {
        serve("CMS-RES-2026-0001", "ActivityResult",
                new ActivityResultWithdrawn(result, "removed by CMS", LocalDate.parse("2026-03-01")));

        assertRefused("names " + result + " but stands in CMS-RES-2026-0001");
        JsonNode stands = cites.http("auditor").get("/api/activities/D2/results").json();
        assertThat(stands.toString()).contains(result);
        assertThat(cites.http("auditor").get("/api/results/" + result).json().get("withdrawn").asBoolean())
                .isFalse();
    }

    @Test
    void aPeerRewritingOurResultIsRefused() {
        serve("CMS-RES-2026-0001", "ActivityResult", new ActivityResultCorrected(result, null, null,
                "TEXT CHANGED BY CMS IN CITES RESULT", null, null, null, "forged", LocalDate.parse("2026-03-01")));

        assertRefused("names " + result + " but stands in CMS-RES-2026-0001");
        assertThat(cites.http("auditor").get("/api/results/" + result).body())
                .contains("Information exchange 1").doesNotContain("TEXT CHANGED BY CMS");
    }

    @Test
    void aPeerCorrectingOurStepFromItsReplyStreamIsRefused() {
        StoredEvent requested = cites.bean(LedgerStore.class).stream(consultation).get(0);
        String reply = "CMS-RE-" + consultation;
        serve(reply, "ConsultationReply", new StepCorrected(consultation, requested.eventId(),
                requested.payloadType(), Map.of("proposal", JSON.getNodeFactory().textNode("REWRITTEN BY CMS")),
                "forged", LocalDate.parse("2026-03-01")));

        assertRefused("corrects step " + requested.eventId() + " of " + consultation + " from " + reply);
        assertThat(cites.http("auditor").get("/api/commitments/" + consultation).body())
                .doesNotContain("REWRITTEN BY CMS");
    }

    @Test
    void aPeerApprovingAReportInOurNameIsRefused() {
        String status = "/api/reports/annual/2024/status";
        JsonNode draft = cites.http("auditor").get(status).json();
        serve("CMS-APPR-2026-0001", "ReportApproval", new ReportApproved("CMS-APPR-2026-0001",
                Secretariat.CITES, "annual/2024", draft.get("contentDigest").asText(), List.of(),
                LocalDate.parse("2026-03-01")));

        assertRefused("its secretariat is CITES but CMS emitted it");
        assertThat(cites.http("auditor").get(status).json().get("state").asText()).isEqualTo("DRAFT");
    }

    @Test
    void anEventThatReachedTheStoreAnotherWayIsActedOnByNoReadModel() {
        // As a hostile event stored before receipt checked what it names, or written into the database directly.
        cites.jdbc().update("insert into domain_event_entry (event_identifier, aggregate_identifier, "
                        + "sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data, "
                        + "origin, origin_sequence) values (?, 'CMS-RES-2026-0009', 0, 'ActivityResult', ?, ?, '1', "
                        + "?, ?, 'CMS', 1)",
                UUID.randomUUID().toString(), TIME, EventContracts.typeName(ActivityResultWithdrawn.class),
                bytes(new ActivityResultWithdrawn(result, "removed by CMS", LocalDate.parse("2026-03-01"))),
                "{\"origin\":\"CMS\",\"recordedBy\":\"cms-officer\"}".getBytes(StandardCharsets.UTF_8));

        var processor = cites.bean(org.axonframework.config.EventProcessingConfiguration.class)
                .eventProcessor("activity-results", org.axonframework.eventhandling.StreamingEventProcessor.class)
                .orElseThrow();
        await().atMost(Duration.ofSeconds(30)).until(() -> processor.processingStatus().values().stream()
                .anyMatch(org.axonframework.eventhandling.EventTrackerStatus::isErrorState));

        assertThat(processor.processingStatus().values().stream().filter(st -> st.getError() != null)
                .map(st -> String.valueOf(st.getError().getMessage())).toList())
                .anySatisfy(m -> assertThat(m).contains("is not acted on: it names " + result));
        assertThat(cites.http("auditor").get("/api/activities/D2/results").body()).contains(result);
        Http.Response report = cites.http("auditor").get("/api/reports/annual/2026?format=md");
        assertThat(report.status()).as("the report reads the store itself: it refuses, naming the event")
                .isEqualTo(409);
        assertThat(report.body()).contains("not its to emit").contains("it names " + result);
    }

    @Test
    void aPageOfMoreUnreadableEventsThanAllowedIsRefused() {
        int many = 101; // the default bound is 100 a page
        List<StoredEvent> events = new java.util.ArrayList<>();
        String previous = ChainHash.GENESIS;
        for (int i = 1; i <= many; i++) {
            StoredEvent e = chained(i, previous, "CMS-RES-2026-0001", "ActivityResult",
                    "org.jwp.ledger.events.progress.SomethingNew", "1",
                    ("{\"padding\":\"" + "x".repeat(1000) + "\"}").getBytes(StandardCharsets.UTF_8));
            events.add(e);
            previous = e.hash();
        }
        serve(events);

        assertRefused("the page holds " + many + " events of types this build cannot read");
    }

    private void serve(String stream, String aggregateType, Record payload) {
        serve(List.of(chained(1, ChainHash.GENESIS, stream, aggregateType,
                EventContracts.typeName(payload.getClass()), EventContracts.revisionOf(payload.getClass()),
                bytes(payload))));
    }

    /** The peer's page, its last event covered by a checkpoint signed with CMS's own key. */
    private void serve(List<StoredEvent> events) {
        StoredEvent last = events.get(events.size() - 1);
        Checkpoint signed = new Checkpoint("CMS", last.sequence(), last.hash(), TIME,
                Keys.fingerprint(TestKeys.pair(Secretariat.CMS).getPublic()),
                Keys.sign(TestKeys.pair(Secretariat.CMS).getPrivate(),
                        Checkpoint.statement("CMS", last.sequence(), last.hash(), TIME)));
        com.fasterxml.jackson.databind.node.ArrayNode page = JSON.createArrayNode();
        events.forEach(e -> page.add(CloudEventMapping.toCloudEvent(e, JSON)));
        peer.checkpoints(JSON.createArrayNode().add(JSON.valueToTree(signed)).toString());
        peer.serve(List.of(page.toString()));
    }

    private static StoredEvent chained(long sequence, String previous, String stream, String aggregateType,
                                       String type, String revision, byte[] payload) {
        StoredEvent unsigned = new StoredEvent("CMS", sequence, UUID.randomUUID().toString(), stream, sequence - 1,
                aggregateType, TIME, type, revision, payload,
                "{\"origin\":\"CMS\",\"recordedBy\":\"cms-officer\"}".getBytes(StandardCharsets.UTF_8), null);
        String hash = ChainHash.next(previous, Envelope.canonical(unsigned));
        return new StoredEvent("CMS", sequence, unsigned.eventId(), stream, sequence - 1, aggregateType, TIME, type,
                revision, payload, unsigned.metadata(), hash);
    }

    private void assertRefused(String reason) {
        JsonNode status = await().atMost(Duration.ofSeconds(30)).until(
                () -> cites.http("auditor").get("/api/replication/status").json().get(0),
                s -> "STOPPED".equals(s.get("state").asText()));
        assertThat(status.get("reason").asText()).contains(reason);
        assertThat(cites.bean(LedgerStore.class).heads()).doesNotContainKey("CMS");
        cites.awaitProjected();
    }

    private static byte[] bytes(Object payload) {
        try {
            return JSON.writeValueAsBytes(payload);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
