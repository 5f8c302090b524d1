package org.jwp.ledger.node.replication;

import com.fasterxml.jackson.databind.JsonNode;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.node.ledger.LedgerStore;
import org.jwp.ledger.node.support.Http;
import org.jwp.ledger.node.support.NodePair;
import org.jwp.ledger.node.support.RunningNode;
import org.jwp.ledger.node.support.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A node restored from an older backup of its database has lost the tail of its own chain; its peer still holds it.
 * The node takes that tail back before it records again, so it never reissues a sequence the peer holds.
 */
class RestoreFromPeerIT {

    private NodePair pair;
    private RunningNode alone;

    @AfterEach
    void stop() {
        if (pair != null) {
            pair.close();
        }
        if (alone != null) {
            alone.close();
        }
    }

    @Test
    void aNodeRestoredFromAnOlderBackupRecoversItsLostEventsFromThePeerBeforeRecordingAgain() {
        // Checkpoints only on demand here, so that the last two events are certainly after the last one.
        pair = NodePair.start("--ledger.checkpoint.max-wait=PT1H");
        recordResults(pair.cites(), 1, 3);
        pair.cms().recordResult(1);
        pair.awaitConverged();
        long backedUp = citesHead();
        String backup = backUpCites();

        pair.startCites();
        recordResults(pair.cites(), 4, 8);
        long signed = signAndAwaitCmsHoldingTheCheckpoint();
        recordResults(pair.cites(), 9, 10); // after the last checkpoint: only an administrator can vouch for them
        pair.awaitConverged();
        long lost = citesHead();
        String lostHeadHash = pair.cites().bean(LedgerStore.class).chainHash("CITES", lost).orElseThrow();

        pair.cites().close();
        long signedAtTheEnd = pair.cms().jdbc().queryForObject("select max(sequence) from ledger_checkpoint "
                + "where origin = 'CITES'", Long.class);
        TestDatabases.restore(backup, pair.citesDatabase());
        pair.startCitesWithPeerAt(pair.cmsPort());

        await().atMost(Duration.ofSeconds(60)).until(() -> "UNPROVEN".equals(pair.cites().http("auditor")
                .get("/api/audit/recovery").json().get("writes").asText()));
        assertThat(signedAtTheEnd).isEqualTo(signed);
        assertThat(citesHead()).as("recovered up to the last checkpoint CITES signed").isEqualTo(signed);
        JsonNode recovery = pair.cites().http("auditor").get("/api/audit/recovery").json();
        assertThat(recovery.get("unproven")).hasSize(2);
        assertThat(recovery.get("unproven").get(1).get("sequence").asLong()).isEqualTo(lost);
        assertThat(recovery.get("recoveries")).hasSize(1);
        JsonNode entry = recovery.get("recoveries").get(0);
        assertThat(entry.get("peer").asText()).isEqualTo("CMS");
        assertThat(entry.get("firstSequence").asLong()).isEqualTo(backedUp + 1);
        assertThat(entry.get("lastSequence").asLong()).isEqualTo(signed);
        assertThat(entry.get("signedThrough").asLong()).isEqualTo(signed);

        assertThat(pair.cites().http("admin").post("/api/admin/recovery/unproven/acceptance",
                "{\"reason\":\"Results 9 and 10 are in our minutes of that day.\"}").status()).isEqualTo(201);
        assertThat(pair.cites().bean(LedgerStore.class).chainHash("CITES", lost)).contains(lostHeadHash);
        assertThat(citesHead()).as("the two events, then the acceptance").isEqualTo(lost + 1);
        lost = lost + 1;
        pair.awaitConverged();
        assertThat(pair.cites().jdbc().queryForObject("select count(*) from ledger_checkpoint where origin = 'CITES' "
                + "and sequence = ?", Integer.class, signed)).isOne();

        Http.Response next = pair.cites().recordResult(11);
        assertThat(next.status()).isEqualTo(201);
        assertThat(citesHead()).isEqualTo(lost + 1);
        assertThat(next.json().get("id").asText()).as("no item id handed out again")
                .isNotIn(pair.cites().jdbc().queryForList("select aggregate_identifier from domain_event_entry "
                        + "where origin = 'CITES' and origin_sequence <= ?", String.class, lost));
        pair.awaitConverged();
        pair.awaitVerified();
        for (RunningNode node : new RunningNode[]{pair.cites(), pair.cms()}) {
            assertThat(node.http("auditor").get("/api/replication/status").json().get(0).get("state").asText())
                    .isIn("FOLLOWING", "STARTING");
        }
    }

    @Test
    void aNodeRecordsNothingUntilItsPeerHasAnsweredTheComparison() {
        List<String> args = new ArrayList<>(List.of(RunningNode.peerArgs(Secretariat.CMS, RunningNode.freePort())));
        args.add("--ledger.recovery.peer-wait=PT10M");
        alone = RunningNode.start(Secretariat.CITES, TestDatabases.newDatabase(), new Class<?>[0],
                args.toArray(String[]::new));

        Http.Response refused = alone.recordResult(1);

        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.header("Retry-After")).isEqualTo("5");
        assertThat(refused.json().get("state").asText()).isEqualTo("CHECKING");
        assertThat(alone.http("auditor").get("/actuator/health").json().at("/components/writes/status").asText())
                .isEqualTo("OUT_OF_SERVICE");
        assertThat(alone.eventCount()).isZero();
    }

    @Test
    void aNodeRestoredWhileItsPeerIsDownWaitsForThePeerInsteadOfWritingOverItsLostTail() {
        long signed = restoredFromABackupBeforeTwoSignedEventsWithBothNodesDown(false);

        pair.startCitesWithPeerAt(pair.cmsPort()); // the peer is down, but the data folder keeps checkpoint 4
        JsonNode waiting = await().atMost(Duration.ofSeconds(30)).until(() -> pair.cites().http("auditor")
                .get("/api/audit/recovery").json(), r -> r.path("reason").asText().contains("holds it only up to 2"));
        assertThat(waiting.get("writes").asText()).isEqualTo("CHECKING");
        assertThat(pair.cites().recordResult(99).status()).isEqualTo(503);

        pair.startCms();
        pair.cites().awaitWritable();
        assertThat(citesHead()).as("the lost events handed back").isEqualTo(signed);
        assertThat(pair.cites().recordResult(99).status()).isEqualTo(201);
    }

    @Test
    void aNodeThatWroteOverItsLostTailBeforeThePeerAnsweredStopsRecording() {
        // The data folder restored from the same old backup: it keeps no later checkpoint.
        restoredFromABackupBeforeTwoSignedEventsWithBothNodesDown(true);

        pair.startCites(); // the peer is down: after the (test's) 3 s wait it records without having compared
        await().atMost(Duration.ofSeconds(30)).until(() -> pair.cites().recordResult(99).status() == 201);
        pair.startCms();

        await().atMost(Duration.ofSeconds(60)).until(() -> "FAILED".equals(pair.cites().http("auditor")
                .get("/api/audit/recovery").json().get("writes").asText()));
        Http.Response refused = pair.cites().recordResult(100);
        assertThat(refused.status()).isEqualTo(503);
        // CITES's new event stands where CMS holds CITES's own signature over the lost ones: writes close for good.
        assertThat(refused.json().get("detail").asText()).contains("CMS").containsAnyOf("disagree", "differs");
        assertThat(pair.cites().http("auditor").get("/actuator/health").json().get("status").asText())
                .isEqualTo("DOWN");
    }

    /**
     * CITES's database restored from a backup of events 1-2 after it recorded 3-4 under a checkpoint CMS holds; both
     * nodes stopped. Answers the checkpoint's sequence.
     */
    private long restoredFromABackupBeforeTwoSignedEventsWithBothNodesDown(boolean dataFolderToo) {
        pair = NodePair.start();
        recordResults(pair.cites(), 1, 2);
        pair.awaitConverged();
        String backup = backUpCites();
        pair.startCites();
        recordResults(pair.cites(), 3, 4);
        pair.awaitConverged();
        long signed = signAndAwaitCmsHoldingTheCheckpoint(); // CMS holds CITES's own signature over the lost events
        java.nio.file.Path mark = pair.cites().bean(org.jwp.ledger.node.audit.SignedMark.class).file();
        pair.cites().close();
        pair.cms().close();
        TestDatabases.restore(backup, pair.citesDatabase());
        if (dataFolderToo) {
            deleteUnchecked(mark);
        }
        return signed;
    }

    private static void deleteUnchecked(java.nio.file.Path file) {
        try {
            java.nio.file.Files.deleteIfExists(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String backUpCites() {
        pair.cites().close();
        return TestDatabases.backup(pair.citesDatabase());
    }

    private long signAndAwaitCmsHoldingTheCheckpoint() {
        long head = citesHead();
        pair.cites().signCheckpoint();
        await().atMost(Duration.ofSeconds(40)).until(() -> pair.cms().jdbc().queryForObject(
                "select count(*) from ledger_checkpoint where origin = 'CITES' and sequence = ?", Integer.class,
                head) == 1);
        return head;
    }

    private long citesHead() {
        return pair.cites().bean(LedgerStore.class).heads().getOrDefault("CITES", 0L);
    }

    private static void recordResults(RunningNode node, int from, int to) {
        for (int i = from; i <= to; i++) {
            assertThat(node.recordResult(i).status()).isEqualTo(201);
        }
    }
}
