package org.jwp.ledger.node.replication;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.node.ledger.LedgerStore;
import org.jwp.ledger.format.StoredEvent;
import org.jwp.ledger.node.support.NodePair;
import org.jwp.ledger.node.support.RunningNode;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Two real nodes replicating over loopback: outages, crashes and restarts lose and duplicate nothing. */
class ReplicationIT {

    private NodePair pair;

    @AfterEach
    void stop() {
        if (pair != null) {
            pair.close();
        }
    }

    @Test
    void aPeerThatWasDownReceivesEverythingOnceAndInOrderWhenItReturns() {
        pair = NodePair.start();
        pair.cms().close();

        for (int i = 0; i < 500; i++) {
            assertThat(pair.cites().recordResult(i).status()).isEqualTo(201);
        }
        assertThat(pair.cites().http("auditor").get("/api/replication/status").json().get(0).get("state").asText())
                .as("the CMS node is down").isEqualTo("RETRYING");

        pair.startCms();
        pair.awaitConverged();

        assertThat(sequences(pair.cms(), "CITES")).containsExactlyElementsOf(
                LongStream.rangeClosed(1, 500).boxed().toList());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                pair.cms().jdbc().queryForObject("select count(*) from activity_result", Integer.class))
                .isEqualTo(500));
    }

    @Test
    void aNodeFarBehindHoldsItsReadModelsBackWhileCatchingUpThenBuildsThemFromEveryEvent() {
        pair = NodePair.start();
        pair.cms().close();
        for (int i = 0; i < 1_200; i++) {
            assertThat(pair.cites().recordResult(i).status()).isEqualTo(201);
        }

        // Pages hold 500 events: after the first, 700 are still missing, more than the 100 allowed here.
        RunningNode cms = pair.restartCms("--ledger.replication.pause-read-models-behind=100");
        pair.awaitConverged();

        assertThat(cms.bean(MeterRegistry.class).counter("ledger.replication.read-models.paused").count())
                .as("the read models waited").isGreaterThanOrEqualTo(1);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                cms.jdbc().queryForObject("select count(*) from activity_result", Integer.class)).isEqualTo(1_200));
        // Each restarts once its pause's shutdown has finished; a slow one to stop is a slow one to start again.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                cms.bean(EventProcessingConfiguration.class).eventProcessors().values())
                .as("every read model runs again").allSatisfy(p -> assertThat(p.isRunning()).isTrue()));
    }

    /** Fails the receiving transaction once, after the batch was appended and before the cursor and commit. */
    @Configuration
    static class CrashOnce {
        static final AtomicInteger crashes = new AtomicInteger();

        @Bean
        ReceiveHook crashBeforeCommit() {
            return (peer, batch) -> {
                if (crashes.getAndIncrement() == 0) {
                    throw new IllegalStateException("simulated crash between fetching and committing");
                }
            };
        }
    }

    @Test
    void aReceiverCrashBetweenFetchingAndCommittingLosesAndDuplicatesNothing() {
        pair = NodePair.start();
        pair.cms().close();
        for (int i = 0; i < 20; i++) {
            pair.cites().recordResult(i);
        }
        CrashOnce.crashes.set(0);

        pair.startCms(CrashOnce.class);
        pair.awaitConverged();

        assertThat(CrashOnce.crashes.get()).as("the crash happened").isGreaterThanOrEqualTo(2);
        assertThat(sequences(pair.cms(), "CITES")).containsExactlyElementsOf(
                LongStream.rangeClosed(1, 20).boxed().toList());
    }

    @Test
    void aRestartedNodeResumesFromItsStoredCursor() {
        pair = NodePair.start();
        for (int i = 0; i < 10; i++) {
            pair.cites().recordResult(i);
        }
        pair.awaitConverged();
        pair.cms().close();
        for (int i = 10; i < 15; i++) {
            pair.cites().recordResult(i);
        }

        pair.startCms();
        pair.awaitConverged();

        StoredEvent last = pair.cites().bean(LedgerStore.class).after("CITES", 14, 1).get(0);
        assertThat(pair.cms().jdbc().queryForMap(
                "select last_sequence, last_event_id from replication_cursor where peer = 'CITES'"))
                .containsEntry("last_sequence", 15L).containsEntry("last_event_id", last.eventId());
        assertThat(sequences(pair.cms(), "CITES")).hasSize(15).doesNotHaveDuplicates();
    }

    @Test
    void statusAndHealthShowEachPeerAndMetricsCountWhatArrived() {
        pair = NodePair.start();
        pair.cites().recordResult(1);
        pair.awaitConverged();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode status = pair.cms().http("auditor").get("/api/replication/status").json().get(0);
            assertThat(status.get("peer").asText()).isEqualTo("CITES");
            assertThat(status.get("state").asText()).isEqualTo("FOLLOWING");
            assertThat(status.get("cursorSequence").asLong()).isEqualTo(1);
            assertThat(status.get("eventsBehind").asLong()).isZero();
            assertThat(status.get("secondsSinceLastContact").asLong()).isLessThan(30);
        });
        JsonNode health = pair.cms().http("auditor").get("/actuator/health").json();
        assertThat(health.get("status").asText()).isEqualTo("UP");
        assertThat(health.at("/components/replication/details/CITES").asText()).isEqualTo("FOLLOWING");
        JsonNode received = pair.cms().http("admin").get("/actuator/metrics/ledger.replication.events.received").json();
        assertThat(received.at("/measurements/0/value").asDouble()).isEqualTo(1.0);
    }

    @Test
    void localWritesDoNotWaitForAnUnreachablePeer() {
        pair = NodePair.start();
        pair.cms().close();

        for (int i = 0; i < 20; i++) {
            assertThat(pair.cites().recordResult(i).status()).isEqualTo(201);
        }
        assertThat(pair.cites().eventCount()).isEqualTo(20);
        assertThat(pair.cites().http("auditor").get("/actuator/health").json().get("status").asText())
                .as("an unreachable peer is retried, not an outage of this node").isEqualTo("UP");
    }

    static List<Long> sequences(RunningNode node, String origin) {
        return node.jdbc().queryForList("select origin_sequence from domain_event_entry where origin = ? "
                + "order by global_index", Long.class, origin);
    }
}
