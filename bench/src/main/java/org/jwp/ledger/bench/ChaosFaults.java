package org.jwp.ledger.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;

/** The crash faults of a chaos run: nodes killed under load and mid-append, PostgreSQL restarted under load. */
final class ChaosFaults {

    private final Chaos chaos;
    private final ChaosPair pair;
    private final Chaos.Durations durations;

    ChaosFaults(Chaos chaos, ChaosPair pair, Chaos.Durations durations) {
        this.chaos = chaos;
        this.pair = pair;
        this.durations = durations;
    }

    void runAll() throws Exception {
        killUnderLoad();
        killWhileAppendingAReplicatedBatch();
        restartPostgresUnderLoad();
    }

    private void killUnderLoad() throws Exception {
        String fault = "kill -9 of CITES while it accepts commands";
        AckedLoad load = new AckedLoad(pair.cites(), 4, 0);
        Thread.sleep(durations.load().toMillis());
        chaos.injected(fault);
        pair.killCites();
        Thread.sleep(500);
        load.close();
        pair.startCites();
        AckedLoad after = new AckedLoad(pair.cites(), 4, 0);
        Thread.sleep(2_000);
        after.close();
        chaos.agreeAfter(pair, fault, union(load.acked(), after.acked()), load.summary() + "; after restart " + after.summary());
    }

    private void killWhileAppendingAReplicatedBatch() throws Exception {
        String fault = "kill -9 of CMS while it appends a replicated batch";
        pair.stopCms();
        Set<String> acked;
        try (AckedLoad load = new AckedLoad(pair.cites(), 4, 0)) {
            ChaosPair.await(() -> load.acked().size() >= durations.burst(), 300);
            load.close();
            acked = load.acked();
        }
        long recorded = Pg.count("chaos_cites", "select count(*) from domain_event_entry where origin = 'CITES'");
        pair.launchCms();
        boolean midway = catchingUp(recorded);
        chaos.injected(fault);
        pair.killCms();
        long heldWhenKilled = citesEventsAtCms();
        chaos.check(fault, "killed midway through catching up", midway && heldWhenKilled < recorded,
                String.format("%,d of %,d CITES events held when killed", heldWhenKilled, recorded));
        pair.startCms();
        chaos.agreeAfter(pair, fault, acked, acked.size() + " acknowledged while CMS was down");
    }

    private void restartPostgresUnderLoad() throws Exception {
        String fault = "PostgreSQL restarted under load";
        AckedLoad load = new AckedLoad(pair.cites(), 4, 0);
        Thread.sleep(durations.load().toMillis());
        chaos.injected(fault);
        String command = System.getenv().getOrDefault("LEDGER_CHAOS_PG_RESTART",
                "pg_ctlcluster --skip-systemctl-redirect 15 main restart");
        int code = new ProcessBuilder("sh", "-c", command).inheritIO().start().waitFor();
        load.mark();
        boolean recovered = ChaosPair.await(() -> load.ackedAfterMark() >= 20, 120);
        load.close();
        chaos.check(fault, "PostgreSQL restarted", code == 0, "`" + command + "` exited " + code);
        chaos.check(fault, "the node records again without being restarted", recovered,
                load.ackedAfterMark() + " commands acknowledged after the restart");
        chaos.check(fault, "no command refused as the client's fault", load.clientErrors() == 0, load.summary());
        // Before the node answered database failures itself (503), one of them was taken for a client gone away
        // and answered 200 with an empty body, in 2 of 6 quick runs (docs/reliability.md).
        chaos.check(fault, "every success carried the new item's id", load.successWithoutId() == 0, load.summary());
        chaos.agreeAfter(pair, fault, load.acked(), load.summary());
    }

    /** Watches CMS's database as closely as one connection can until part of what CITES recorded has arrived. */
    private static boolean catchingUp(long recorded) throws Exception {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline) {
            try (Connection c = Pg.connect("chaos_cms"); Statement s = c.createStatement()) {
                while (System.nanoTime() < deadline) {
                    try (ResultSet r = s.executeQuery(
                            "select count(*) from domain_event_entry where origin = 'CITES'")) {
                        r.next();
                        long held = r.getLong(1);
                        if (held > 0 && held < recorded) {
                            return true;
                        }
                    }
                }
            } catch (SQLException schemaNotThereYet) {
                Thread.sleep(20);
            }
        }
        return false;
    }

    private static long citesEventsAtCms() {
        try {
            return Pg.count("chaos_cms", "select count(*) from domain_event_entry where origin = 'CITES'");
        } catch (Exception notYet) {
            return 0; // the node is still creating its schema
        }
    }

    static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
