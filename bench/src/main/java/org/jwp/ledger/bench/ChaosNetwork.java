package org.jwp.ledger.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The network faults of a chaos run, between CITES and the CMS feed it follows: connections refused, then a peer
 * that accepts and never answers; and sustained load with replication at a fixed rate in a 512 MB heap.
 */
final class ChaosNetwork {

    private final Chaos chaos;
    private final ChaosPair pair;
    private final Chaos.Durations durations;

    ChaosNetwork(Chaos chaos, ChaosPair pair, Chaos.Durations durations) {
        this.chaos = chaos;
        this.pair = pair;
        this.durations = durations;
    }

    void runAll() throws Exception {
        peerUnreachable();
        sustainedLoad();
    }

    private void peerUnreachable() throws Exception {
        Set<String> acked = new HashSet<>();
        String refused = "CMS unreachable from CITES: connection refused";
        chaos.injected(refused);
        pair.gate.set(Gate.Mode.REFUSED);
        try (AckedLoad atCms = new AckedLoad(pair.cms(), 2, 20); AckedLoad atCites = new AckedLoad(pair.cites(), 2, 20)) {
            JsonNode status = awaitState("RETRYING", 60);
            chaos.check(refused, "CITES's status shows the peer unreachable", status != null,
                    describe(status));
            atCites.mark();
            Thread.sleep(3_000);
            chaos.check(refused, "local work continues on CITES", atCites.ackedAfterMark() > 0
                    && atCites.failures() == 0, atCites.summary());

            String silent = "CMS accepts CITES's connections and never answers";
            chaos.injected(silent);
            pair.gate.set(Gate.Mode.SILENT);
            Thread.sleep(1_000);
            atCites.mark();
            // The follower long-polls for 20 s; an answer owed for longer than that and its 5 s grace is a timeout.
            JsonNode timedOut = awaitReason("timed out", 90);
            chaos.check(silent, "CITES's status shows the peer silent", timedOut != null, describe(timedOut));
            chaos.check(silent, "local work continues on CITES", atCites.ackedAfterMark() > 0
                    && atCites.failures() == 0, atCites.summary());
            atCms.close();
            atCites.close();
            acked.addAll(atCms.acked());
            acked.addAll(atCites.acked());
            String reopened = "the way to CMS open again";
            chaos.injected(reopened);
            pair.gate.set(Gate.Mode.OPEN);
            chaos.agreeAfter(pair, reopened, acked, "CMS " + atCms.summary()
                    + "; CITES " + atCites.summary());
        }
    }

    private void sustainedLoad() throws Exception {
        String fault = String.format("sustained load for %d s: %.0f commands/s on CITES and %.0f on CMS, replicating",
                durations.sustained().toSeconds(), durations.sustainedRate(), durations.sustainedRate() / 4);
        chaos.injected(fault);
        Set<String> acked = new HashSet<>();
        try (HeapSampler heap = new HeapSampler()) {
            heap.watch("CITES", pair.cites());
            heap.watch("CMS", pair.cms());
            AckedLoad atCites = new AckedLoad(pair.cites(), 4, durations.sustainedRate());
            AckedLoad atCms = new AckedLoad(pair.cms(), 1, durations.sustainedRate() / 4);
            Thread.sleep(durations.sustained().toMillis());
            atCites.close();
            atCms.close();
            acked.addAll(atCites.acked());
            acked.addAll(atCms.acked());
            chaos.check(fault, "no command failed", atCites.failures() + atCms.failures() == 0,
                    "CITES " + atCites.summary() + "; CMS " + atCms.summary());
            Map<String, Double> peaks = heap.peaks();
            chaos.check(fault, "heap bounded: each node's peak within its 512 MB",
                    peaks.size() == 2 && peaks.values().stream().allMatch(mb -> mb < 512),
                    String.format("peak heap MB %s", peaks));
            chaos.agreeAfter(pair, fault, acked, acked.size() + " acknowledged");
        }
    }

    private JsonNode awaitState(String state, long seconds) throws InterruptedException {
        JsonNode[] seen = new JsonNode[1];
        boolean ok = ChaosPair.await(() -> {
            seen[0] = status();
            return seen[0] != null && state.equals(seen[0].path("state").asText());
        }, seconds);
        return ok ? seen[0] : null;
    }

    private JsonNode awaitReason(String words, long seconds) throws InterruptedException {
        JsonNode[] seen = new JsonNode[1];
        boolean ok = ChaosPair.await(() -> {
            seen[0] = status();
            return seen[0] != null && seen[0].path("reason").asText("").toLowerCase().contains(words);
        }, seconds);
        return ok ? seen[0] : null;
    }

    private JsonNode status() {
        try {
            return pair.peerStatus(pair.cites());
        } catch (Exception notNow) {
            return null;
        }
    }

    private static String describe(JsonNode status) {
        return status == null ? "never shown" : status.path("state").asText() + ": " + status.path("reason").asText();
    }
}
