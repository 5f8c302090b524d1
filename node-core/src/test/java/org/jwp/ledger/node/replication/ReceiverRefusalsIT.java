package org.jwp.ledger.node.replication;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.jwp.ledger.events.EventJson;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.format.Checkpoint;
import org.jwp.ledger.format.Keys;
import org.jwp.ledger.node.ledger.LedgerStore;
import org.jwp.ledger.format.StoredEvent;
import org.jwp.ledger.node.support.RunningNode;
import org.jwp.ledger.node.support.TestDatabases;
import org.jwp.ledger.node.support.TestKeys;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A peer whose feed serves something this node must not store: the follower stops on it, says why (status, health),
 * and appends nothing of it. Never skipped.
 */
class ReceiverRefusalsIT {

    private static final ObjectMapper JSON = EventJson.mapper();
    private static List<StoredEvent> cmsEvents;
    private FakeFeed peer;
    private String checkpointsBody = "[]";
    private String feedContentType = CloudEventMapping.MEDIA_TYPE;
    private RunningNode cites;

    @BeforeAll
    static void recordRealCmsEvents() {
        try (RunningNode cms = RunningNode.start(Secretariat.CMS)) {
            for (int i = 0; i < 3; i++) {
                cms.recordResult(i);
            }
            cmsEvents = cms.bean(LedgerStore.class).after("CMS", 0, 10);
        }
    }

    @AfterEach
    void stop() {
        if (cites != null) {
            cites.close();
        }
        if (peer != null) {
            peer.close();
        }
    }

    @AfterAll
    static void done() {
        cmsEvents = null;
    }

    @Test
    void anEventClaimingAnotherOriginStopsReplication() {
        ObjectNode forged = ce(cmsEvents.get(0));
        forged.put("ledgerorigin", "CITES").put("source", "urn:jwp-ledger:cites");

        assertStoppedOn(List.of(batch(forged)), "claims origin CITES");
    }

    @Test
    void aGapInTheSequenceStopsReplication() {
        assertStoppedOn(List.of(batch(ce(cmsEvents.get(0)), ce(cmsEvents.get(2)))), "sequence");
        assertThat(cites.bean(LedgerStore.class).heads()).doesNotContainKey("CMS");
    }

    @Test
    void aDuplicateWithDifferentContentStopsReplication() {
        ObjectNode altered = ce(cmsEvents.get(0));
        altered.put("data_base64", Base64.getEncoder().encodeToString(new String(cmsEvents.get(0).payload(),
                StandardCharsets.UTF_8).replace("Information exchange", "Rewritten history")
                .getBytes(StandardCharsets.UTF_8)));

        assertStoppedOn(List.of(batch(ce(cmsEvents.get(0))), batch(altered)), "different content", 1);
    }

    @Test
    void anEventWhoseTypeWasChangedOnTheWayStopsReplication() {
        // A type this build does not know is a newer build's event and is held, not refused (MixedVersionsIT);
        // but the type is part of what the chain hashes, so one changed on the way never gets that far.
        ObjectNode unknown = ce(cmsEvents.get(0));
        unknown.put("type", "org.jwp.ledger.events.progress.SomethingNew.v1");

        assertStoppedOn(List.of(batch(unknown)), "hash mismatch");
    }

    @Test
    void anEventWritingTheReceiversOwnStreamStopsReplication() {
        ObjectNode intrusive = ce(cmsEvents.get(0));
        intrusive.put("subject", "CITES-CONS-2025-0007");

        assertStoppedOn(List.of(batch(intrusive)), "owned by CITES");
    }

    @Test
    void anEventWhoseClaimedHashDoesNotMatchItsContentStopsReplication() {
        ObjectNode rehashed = ce(cmsEvents.get(0));
        rehashed.put("ledgerhash", "0".repeat(63) + "1");

        assertStoppedOn(List.of(batch(rehashed)), "hash mismatch");
    }

    @Test
    void aCheckpointNotSignedByThePinnedKeyStopsReplication() {
        StoredEvent first = cmsEvents.get(0);
        String time = "2026-01-01T00:00:00Z";
        Checkpoint forged = new Checkpoint("CMS", 1, first.hash(), time, "",
                Keys.sign(TestKeys.pair(Secretariat.CITES).getPrivate(),
                        Checkpoint.statement("CMS", 1, first.hash(), time)));
        checkpointsBody = JSON.createArrayNode().add(JSON.valueToTree(forged)).toString();

        assertStoppedOn(List.of(batch(ce(first))), "not signed by the key pinned", 1);
    }

    @Test
    void aMalformedCloudEventStopsReplication() {
        ObjectNode malformed = ce(cmsEvents.get(0));
        malformed.remove("specversion");

        assertStoppedOn(List.of(batch(malformed)), "lacks the string attribute specversion");
    }

    @Test
    void aPageThatRepeatsWhatIsAlreadyHeldStopsReplication() {
        assertStoppedOn(List.of(batch(ce(cmsEvents.get(0))), batch(ce(cmsEvents.get(0)), ce(cmsEvents.get(1)))),
                "replayed from an older page", 1);
    }

    @Test
    void aPageWithMoreEventsThanAskedForStopsReplication() {
        ObjectNode[] many = new ObjectNode[FeedClient.PAGE_LIMIT + 1];
        java.util.Arrays.fill(many, ce(cmsEvents.get(0)));

        assertStoppedOn(List.of(batch(many)), "at most " + FeedClient.PAGE_LIMIT + " were asked for");
    }

    @Test
    void anAnswerLargerThanAnyPageStopsReplication() {
        ObjectNode huge = ce(cmsEvents.get(0));
        huge.put("padding", "x".repeat(FeedClient.MAX_PAGE_BYTES));

        assertStoppedOn(List.of(batch(huge)), "larger than 32 MB");
    }

    @Test
    void anAnswerOfAnotherContentTypeStopsReplication() {
        feedContentType = "text/html";

        assertStoppedOn(List.of(batch(ce(cmsEvents.get(0)))), "answered text/html");
    }

    @Test
    void aPageCutShortIsRetriedAndAppendsNothing() {
        String whole = batch(ce(cmsEvents.get(0)), ce(cmsEvents.get(1)));
        peer = feed(List.of(whole.substring(0, whole.length() / 2), whole.substring(0, whole.length() / 3)));
        cites = RunningNode.start(Secretariat.CITES, TestDatabases.newDatabase(), new Class<?>[0],
                RunningNode.peerArgs(Secretariat.CMS, peer.port()));

        JsonNode status = await().atMost(Duration.ofSeconds(20)).until(
                () -> cites.http("auditor").get("/api/replication/status").json().get(0),
                st -> "RETRYING".equals(st.get("state").asText()));

        assertThat(status.get("reason").asText()).contains("cut short");
        assertThat(cites.bean(LedgerStore.class).count()).isZero();
    }

    private void assertStoppedOn(List<String> pages, String reason) {
        assertStoppedOn(pages, reason, 0);
    }

    private void assertStoppedOn(List<String> pages, String reason, int storedBefore) {
        peer = feed(pages);
        cites = RunningNode.start(Secretariat.CITES, TestDatabases.newDatabase(), new Class<?>[0],
                RunningNode.peerArgs(Secretariat.CMS, peer.port()));

        JsonNode status = await().atMost(Duration.ofSeconds(20)).until(
                () -> cites.http("auditor").get("/api/replication/status").json().get(0),
                s -> "STOPPED".equals(s.get("state").asText()));

        assertThat(status.get("reason").asText()).contains(reason);
        JsonNode health = cites.http("auditor").get("/actuator/health").json();
        assertThat(health.get("status").asText()).isEqualTo("DOWN");
        assertThat(health.at("/components/replication/details/CMS").asText()).startsWith("STOPPED").contains(reason);
        assertThat(cites.bean(LedgerStore.class).count()).isEqualTo(storedBefore);
    }

    private static ObjectNode ce(StoredEvent e) {
        return CloudEventMapping.toCloudEvent(e, JSON);
    }

    private static String batch(JsonNode... events) {
        return JSON.createArrayNode().addAll(List.of(events)).toString();
    }

    private FakeFeed feed(List<String> pages) {
        FakeFeed feed = new FakeFeed(pages);
        feed.checkpoints(checkpointsBody);
        feed.feedType(feedContentType);
        return feed;
    }
}
