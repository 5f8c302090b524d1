package org.jwp.ledger.node.audit;

import org.jwp.ledger.format.Checkpoint;
import org.jwp.ledger.format.Keys;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.jwp.ledger.node.ledger.LedgerStore;
import org.jwp.ledger.node.support.NodePair;
import org.jwp.ledger.node.support.TestKeys;
import org.jwp.ledger.events.Secretariat;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The peer signs a head that differs from our copy of its chain: its history changed after we received it. */
class DivergenceIT {

    private static NodePair pair;

    @BeforeAll
    static void start() {
        pair = NodePair.start("--ledger.checkpoint.max-wait=PT1H"); // checkpoints only when a test asks
    }

    @AfterAll
    static void stop() {
        pair.close();
    }

    @Test
    void aPeerCheckpointThatContradictsOurCopyTurnsHealthDownAndIsReported() {
        pair.cites().recordResult(1);
        pair.cites().signCheckpoint();
        pair.awaitConverged();
        await().atMost(Duration.ofSeconds(15)).until(() -> pair.cms().jdbc().queryForObject(
                "select count(*) from ledger_checkpoint where origin = 'CITES'", Integer.class) == 1);
        pair.cites().recordResult(2);
        pair.awaitConverged();

        // CITES's key signs a head for sequence 2 that is not the one CMS received: CITES's history changed (its
        // own signer no longer signs a rewritten chain, so the signature is made here, with its key).
        String time = "2026-12-01T00:00:00Z";
        String forged = "f".repeat(64);
        pair.cites().bean(CheckpointStore.class).add(new Checkpoint("CITES", 2, forged, time,
                Keys.fingerprint(TestKeys.pair(Secretariat.CITES).getPublic()), Keys.sign(
                TestKeys.pair(Secretariat.CITES).getPrivate(), Checkpoint.statement("CITES", 2, forged, time))));

        JsonNode status = await().atMost(Duration.ofSeconds(30)).until(
                () -> pair.cms().http("auditor").get("/api/replication/status").json().get(0),
                s -> "DIVERGED".equals(s.get("state").asText()));
        assertThat(status.get("reason").asText()).contains("sequence 2").contains("our copy");
        JsonNode health = pair.cms().http("auditor").get("/actuator/health").json();
        assertThat(health.get("status").asText()).isEqualTo("DOWN");
        assertThat(pair.cms().http("admin").get("/actuator/metrics/ledger.audit.divergence").json()
                .at("/measurements/0/value").asDouble()).isEqualTo(1.0);
        assertThat(pair.cms().bean(LedgerStore.class).chainHash("CITES", 2).orElseThrow())
                .as("our copy is kept as received").isNotEqualTo(forged);
    }
}
