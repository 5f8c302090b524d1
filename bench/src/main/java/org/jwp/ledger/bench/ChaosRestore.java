package org.jwp.ledger.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;

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
        pair.startCites();
        JsonNode recoveries = pair.cites().json("/api/audit/recovery").get("recoveries");
        JsonNode last = recoveries.isEmpty() ? null : recoveries.get(recoveries.size() - 1);
        chaos.check(fault, "took its lost events back from CMS before recording", last != null
                        && last.get("firstSequence").asLong() == restoredHead + 1
                        && last.get("lastSequence").asLong() == lostHead,
                last == null ? "no recovery recorded" : String.format("events #%,d..#%,d from %s, signed by CITES "
                        + "through #%,d", last.get("firstSequence").asLong(), last.get("lastSequence").asLong(),
                        last.get("peer").asText(), last.get("signedThrough").asLong()));
        AckedLoad after = new AckedLoad(pair.cites(), 4, 0);
        Thread.sleep(2_000);
        after.close();
        chaos.agreeAfter(pair, fault, ChaosFaults.union(load.acked(), after.acked()),
                load.summary() + " after the backup; after the restore " + after.summary());
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
