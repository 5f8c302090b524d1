package org.jwp.ledger.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

/**
 * A node restored from a backup older than its last events (docs/operations.md): CITES's database is dumped while it
 * runs, CITES records more (which CMS receives), then the dump replaces its database and it starts again. It must
 * take its lost events back from CMS before it records anything, so no sequence CMS holds is issued twice.
 */
final class ChaosRestore {

    private final Chaos chaos;
    private final ChaosPair pair;
    private final Chaos.Durations durations;

    ChaosRestore(Chaos chaos, ChaosPair pair, Chaos.Durations durations) {
        this.chaos = chaos;
        this.pair = pair;
        this.durations = durations;
    }

    void run() throws Exception {
        String fault = "CITES restored from a pg_dump taken before its last events";
        Path dump = pair.setup.work.resolve("chaos_cites.dump");
        String server = "-h 127.0.0.1 -U " + Pg.USER;
        int dumped = sh(System.getenv().getOrDefault("LEDGER_CHAOS_PG_DUMP", "pg_dump") + " " + server
                + " -Fc -f " + dump + " chaos_cites");
        AckedLoad load = new AckedLoad(pair.cites(), 4, 0);
        Thread.sleep(durations.load().toMillis());
        load.close();
        boolean replicated = ChaosPair.await(pair::headsEqual, 120);
        long lostHead = citesHead();
        chaos.injected(fault);
        pair.killCites();
        Pg.recreate("chaos_cites");
        int restored = sh(System.getenv().getOrDefault("LEDGER_CHAOS_PG_RESTORE", "pg_restore") + " " + server
                + " --no-owner -d chaos_cites " + dump);
        long restoredHead = Pg.count("chaos_cites",
                "select coalesce(max(origin_sequence), 0) from domain_event_entry where origin = 'CITES'");
        chaos.check(fault, "backed up while running, restored over the node's database", dumped == 0 && restored == 0
                && replicated && restoredHead < lostHead, String.format("pg_dump exited %d, pg_restore %d; the "
                + "backup holds CITES#%,d, CITES had reached #%,d and CMS held it all", dumped, restored,
                restoredHead, lostHead));
        pair.launchCites(pair.gate.port());
        JsonNode state = awaitDecidedOrOpen();
        String decided = "no decision needed";
        if ("UNPROVEN".equals(state.path("writes").asText())) {
            // The harness knows it recorded them: every one was acknowledged to it before the backup was restored.
            JsonNode unproven = state.get("unproven");
            HttpResponse<String> accepted = pair.cites().post("/api/admin/recovery/unproven/acceptance",
                    "{\"reason\":\"chaos run: each of these was acknowledged to the harness before the restore\"}");
            decided = String.format("%d event(s) after CITES's last checkpoint held for a decision, accepted: %d",
                    unproven.size(), accepted.statusCode());
        }
        pair.awaitCitesHealthy();
        JsonNode recoveries = pair.cites().json("/api/audit/recovery").get("recoveries");
        long from = Long.MAX_VALUE;
        long to = 0;
        for (JsonNode r : recoveries) {
            from = Math.min(from, r.get("firstSequence").asLong());
            to = Math.max(to, r.get("lastSequence").asLong());
        }
        chaos.check(fault, "took its lost events back from CMS before recording", from == restoredHead + 1
                        && to == lostHead, recoveries.isEmpty() ? "no recovery recorded" : String.format(
                        "events #%,d..#%,d from CMS (%s)", from, to, decided));
        AckedLoad after = new AckedLoad(pair.cites(), 4, 0);
        Thread.sleep(2_000);
        after.close();
        chaos.agreeAfter(pair, fault, ChaosFaults.union(load.acked(), after.acked()),
                load.summary() + " after the backup; after the restore " + after.summary());
    }

    /** Until CITES has compared with CMS: writes open, or events waiting for a decision (or the comparison failed). */
    private JsonNode awaitDecidedOrOpen() throws Exception {
        long deadline = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < deadline) {
            try {
                JsonNode state = pair.cites().json("/api/audit/recovery");
                if (List.of("UNPROVEN", "OPEN", "FAILED").contains(state.path("writes").asText())) {
                    return state;
                }
            } catch (java.io.IOException | IllegalStateException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("CITES did not finish comparing with CMS in 3 minutes");
    }

    private long citesHead() throws Exception {
        for (JsonNode head : pair.cites().json("/api/ledger/heads")) {
            if ("CITES".equals(head.path("origin").asText())) {
                return head.path("sequence").asLong();
            }
        }
        return 0;
    }

    private static int sh(String command) throws Exception {
        return new ProcessBuilder("sh", "-c", command).inheritIO().start().waitFor();
    }
}
