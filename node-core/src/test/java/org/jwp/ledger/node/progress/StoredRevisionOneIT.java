package org.jwp.ledger.node.progress;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.common.DateTimeUtils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.jwp.ledger.events.EventContracts;
import org.jwp.ledger.events.progress.ActivityResultRecorded;
import org.jwp.ledger.format.Envelope;
import org.jwp.ledger.format.StoredEvent;
import org.jwp.ledger.node.support.Http;
import org.jwp.ledger.node.support.NodePair;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A ledger written by the build before ActivityResultRecorded revision 2 holds revision-1 events: this build reads
 * them as passages on their one activity, reports them, replicates them and verifies their chain, and never changes
 * their stored bytes.
 */
class StoredRevisionOneIT {

    private static final String ID = "CITES-RES-2024-0900";
    private static final byte[] REVISION_ONE = ("{\"resultId\":\"" + ID + "\",\"recordedBy\":\"CITES\","
            + "\"programme\":\"2021-2025\",\"activityCode\":\"D1\",\"year\":2024,\"text\":\"Annual coordination "
            + "meeting held in Geneva (recorded by the earlier version).\",\"documentRefs\":[\"SC77 Doc. 14\"],"
            + "\"species\":[],\"joint\":true,\"actedOn\":\"2024-03-15\"}").getBytes(StandardCharsets.UTF_8);
    private static NodePair pair;

    @BeforeAll
    static void aLedgerHoldingARevisionOneResult() {
        pair = NodePair.start("--spring.profiles.active=demo");
        Http.Response first = pair.cites().http("recorder").post("/api/activities/D2/results", "{\"programme\":"
                + "\"2021-2025\",\"year\":2024,\"text\":\"Trade data exchanged.\",\"joint\":true}");
        assertThat(first.status()).isEqualTo(201);
        byte[] metadata = pair.cites().jdbc().queryForObject("select meta_data from domain_event_entry "
                + "order by global_index desc limit 1", byte[].class);
        appendAsTheEarlierVersionDid(metadata);
    }

    @AfterAll
    static void stop() {
        pair.close();
    }

    /** The insert the earlier build's event store made: its trigger chains the event as any other. */
    private static void appendAsTheEarlierVersionDid(byte[] metadata) {
        String type = EventContracts.typeName(ActivityResultRecorded.class);
        String time = DateTimeUtils.formatInstant(Instant.now());
        String eventId = UUID.randomUUID().toString();
        Envelope.Split split = Envelope.aroundSequence(new StoredEvent("CITES", 0, eventId, ID, 0, "ActivityResult",
                time, type, "1", REVISION_ONE, metadata, null));
        pair.cites().jdbc().update("insert into domain_event_entry (event_identifier, aggregate_identifier, "
                + "sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data, chain_prefix, "
                + "chain_suffix) values (?, ?, 0, 'ActivityResult', ?, ?, '1', ?, ?, ?, ?)", eventId, ID, time, type,
                REVISION_ONE, metadata, split.before(), split.after());
    }

    @Test
    void aRevisionOneResultIsReadReportedReplicatedAndVerifiedUnchanged() {
        pair.awaitConverged();

        for (var node : java.util.List.of(pair.cites(), pair.cms())) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(node.http("auditor")
                    .get("/api/activities/D1/results/" + ID).status()).isEqualTo(200));
            JsonNode result = node.http("auditor").get("/api/activities/D1/results/" + ID).json();
            assertThat(result.get("activityCodes")).hasSize(1);
            assertThat(result.get("activityCodes").get(0).asText()).as("upcast from activityCode").isEqualTo("D1");
            assertThat(node.http("auditor").get("/api/reports/annual/2024?format=md").body())
                    .contains("Annual coordination meeting held in Geneva (recorded by the earlier version).");
            assertThat(node.jdbc().queryForObject("select payload from domain_event_entry where "
                    + "aggregate_identifier = ?", byte[].class, ID)).as("stored bytes").isEqualTo(REVISION_ONE);
            assertThat(node.jdbc().queryForObject("select payload_revision from domain_event_entry where "
                    + "aggregate_identifier = ?", String.class, ID)).isEqualTo("1");
        }
        pair.awaitVerified();
    }
}
