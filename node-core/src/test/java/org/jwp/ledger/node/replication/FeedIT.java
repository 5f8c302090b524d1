package org.jwp.ledger.node.replication;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.jackson.JsonFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.jwp.ledger.node.ledger.LedgerStore;
import org.jwp.ledger.format.StoredEvent;
import org.jwp.ledger.node.support.NodePair;
import org.jwp.ledger.node.support.RunningNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/** The feed as a peer (or any CloudEvents client) sees it. */
class FeedIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static NodePair pair;

    @BeforeAll
    static void start() {
        pair = NodePair.start();
        for (int i = 0; i < 3; i++) {
            pair.cms().recordResult(i);
        }
        pair.cites().recordResult(0);
        pair.awaitConverged();
    }

    @AfterAll
    static void stop() {
        pair.close();
    }

    @Test
    void theFeedParsesWithTheCloudEventsSdkAndCarriesTheStoredBytes() throws Exception {
        HttpResponse<String> r = get(pair.cms(), "/feeds/ledger", RunningNode.PAIR_TOKEN);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/cloudevents-batch+json");

        EventFormat format = new JsonFormat();
        JsonNode batch = new ObjectMapper().readTree(r.body());
        List<StoredEvent> stored = pair.cms().bean(LedgerStore.class).after("CMS", 0, 100);
        assertThat(batch).hasSize(stored.size());
        for (int i = 0; i < batch.size(); i++) {
            CloudEvent ce = format.deserialize(batch.get(i).toString().getBytes(StandardCharsets.UTF_8));
            StoredEvent e = stored.get(i);
            assertThat(ce.getId()).isEqualTo(e.eventId());
            assertThat(ce.getSource()).isEqualTo(URI.create("urn:jwp-ledger:cms"));
            assertThat(ce.getType()).isEqualTo(e.payloadType() + ".v" + e.payloadRevision());
            assertThat(ce.getSubject()).isEqualTo(e.aggregateId());
            assertThat(ce.getTime()).isNotNull();
            assertThat(ce.getExtension("ledgerorigin")).isEqualTo("CMS");
            assertThat(((Number) ce.getExtension("ledgersequence")).longValue()).isEqualTo(i + 1L);
            assertThat(ce.getData().toBytes()).isEqualTo(e.payload());
        }
    }

    @Test
    void theFeedCarriesOnlyTheNodesOwnEventsInSequenceOrder() throws Exception {
        JsonNode batch = new ObjectMapper().readTree(get(pair.cms(), "/feeds/ledger", RunningNode.PAIR_TOKEN)
                .body());
        assertThat(batch.findValuesAsText("ledgerorigin")).containsOnly("CMS");
        assertThat(batch.findValues("ledgersequence")).extracting(JsonNode::asLong).containsExactly(1L, 2L, 3L);
    }

    @Test
    void theFeedContinuesAfterLastEventIdAndBoundsItsBatches() throws Exception {
        List<StoredEvent> stored = pair.cms().bean(LedgerStore.class).after("CMS", 0, 100);
        JsonNode rest = new ObjectMapper().readTree(get(pair.cms(), "/feeds/ledger?lastEventId="
                + stored.get(0).eventId(), RunningNode.PAIR_TOKEN).body());
        assertThat(rest.findValues("ledgersequence")).extracting(JsonNode::asLong).containsExactly(2L, 3L);

        JsonNode one = new ObjectMapper().readTree(get(pair.cms(), "/feeds/ledger?limit=1",
                RunningNode.PAIR_TOKEN).body());
        assertThat(one).hasSize(1);
        assertThat(get(pair.cms(), "/feeds/ledger?limit=100000", RunningNode.PAIR_TOKEN).statusCode())
                .isEqualTo(400);
    }

    @Test
    void aLongPollAnswersAsSoonAsANewEventIsCommitted() throws Exception {
        pair.cites().http("auditor").post("/api/audit/checkpoints", null); // nothing left to sign that could end it
        String head = pair.cites().bean(LedgerStore.class).after("CITES", 0, 1000).stream()
                .reduce((a, b) -> b).orElseThrow().eventId();
        CompletableFuture<HttpResponse<String>> poll = HTTP.sendAsync(request(pair.cites(),
                "/feeds/ledger?timeout=20000&lastEventId=" + head, RunningNode.PAIR_TOKEN),
                HttpResponse.BodyHandlers.ofString());
        Thread.sleep(300);
        assertThat(poll).isNotDone();

        pair.cites().recordResult(99);

        HttpResponse<String> r = poll.get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(new ObjectMapper().readTree(r.body())).hasSize(1);
    }

    @Test
    void anEmptyLongPollAnswersAnEmptyBatchAtItsTimeout() throws Exception {
        String head = pair.cms().bean(LedgerStore.class).after("CMS", 0, 1000).stream()
                .reduce((a, b) -> b).orElseThrow().eventId();
        HttpResponse<String> r = get(pair.cms(), "/feeds/ledger?timeout=300&lastEventId=" + head,
                RunningNode.PAIR_TOKEN);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("[]");
    }

    @Test
    void aLongPollFromAFollowerThatHasNotSeenTheNewestCheckpointAnswersAtOnce() throws Exception {
        pair.cms().signCheckpoint();
        long newest = pair.cms().jdbc().queryForObject("select max(sequence) from ledger_checkpoint "
                + "where origin = 'CMS'", Long.class);
        String head = pair.cms().bean(LedgerStore.class).after("CMS", 0, 1000).stream()
                .reduce((a, b) -> b).orElseThrow().eventId();

        // Signed before the poll began: without saying what it has seen, a follower would wait the whole 20 s.
        CompletableFuture<HttpResponse<String>> behind = HTTP.sendAsync(request(pair.cms(), "/feeds/ledger?"
                + "timeout=20000&lastEventId=" + head + "&checkpointSeen=" + (newest - 1), RunningNode.PAIR_TOKEN),
                HttpResponse.BodyHandlers.ofString());
        assertThat(behind.get(10, java.util.concurrent.TimeUnit.SECONDS).body()).isEqualTo("[]");

        CompletableFuture<HttpResponse<String>> upToDate = HTTP.sendAsync(request(pair.cms(),
                "/feeds/ledger?timeout=2000&lastEventId=" + head + "&checkpointSeen=" + newest,
                RunningNode.PAIR_TOKEN), HttpResponse.BodyHandlers.ofString());
        Thread.sleep(300);
        assertThat(upToDate).as("a follower that has seen it waits for what is new").isNotDone();
        assertThat(upToDate.get(10, java.util.concurrent.TimeUnit.SECONDS).body()).isEqualTo("[]");
        assertThat(get(pair.cms(), "/feeds/ledger?checkpointSeen=-1", RunningNode.PAIR_TOKEN).statusCode())
                .isEqualTo(400);
    }

    @Test
    void theFeedRefusesAnyoneWithoutThePairsToken() throws Exception {
        HttpResponse<String> none = get(pair.cms(), "/feeds/ledger", null);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(get(pair.cms(), "/feeds/ledger", "not-the-token-of-any-peer").statusCode()).isEqualTo(401);
    }

    @Test
    void aLastEventIdTheNodeNeverIssuedIsAnswered400() throws Exception {
        assertThat(get(pair.cms(), "/feeds/ledger?lastEventId=no-such-event", RunningNode.PAIR_TOKEN)
                .statusCode()).isEqualTo(400);
        String citesEvent = pair.cites().bean(LedgerStore.class).after("CITES", 0, 1).get(0).eventId();
        assertThat(get(pair.cms(), "/feeds/ledger?lastEventId=" + citesEvent, RunningNode.PAIR_TOKEN)
                .statusCode()).as("an event CMS holds but did not issue").isEqualTo(400);
    }

    private static HttpResponse<String> get(RunningNode node, String path, String token)
            throws IOException, InterruptedException {
        return HTTP.send(request(node, path, token), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest request(RunningNode node, String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(node.baseUrl() + path))
                .timeout(Duration.ofSeconds(30));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b.build();
    }
}
