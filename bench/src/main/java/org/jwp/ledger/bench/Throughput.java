package org.jwp.ledger.bench;

import org.jwp.ledger.node.security.TokenHash;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** P1 (recording throughput, ours and the baselines), P2 (replication lag) and P3 (catch-up after an outage). */
final class Throughput {

    /**
     * Repeated runs of one load: commands per second and latencies; and, where the server's process is known, the CPU
     * it spent per command, and the load generator's own (this process's), so machines of other speeds compare.
     */
    record Runs(List<Double> perSecond, List<Double> p50, List<Double> p99, List<Double> serverCpuMsPerCommand,
                List<Double> loadCpuMsPerCommand) {

        static Runs empty() {
            return new Runs(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                    new ArrayList<>());
        }

        void add(Load.Result r) {
            perSecond.add(r.perSecond());
            p50.add(Stats.percentile(r.latenciesMs(), 50));
            p99.add(Stats.percentile(r.latenciesMs(), 99));
        }

        void cpu(Load.Result r, double serverCpuMs, double loadCpuMs) {
            serverCpuMsPerCommand.add(serverCpuMs / r.commands());
            loadCpuMsPerCommand.add(loadCpuMs / r.commands());
        }
    }

    private final Setup setup;
    private final Plan plan;

    Throughput(Setup setup, Plan plan) {
        this.setup = setup;
        this.plan = plan;
    }

    /** The load on one server after its warm-up: {@code repeats} runs (its CPU is not known here). */
    Runs record(Api api) throws InterruptedException {
        if (plan.warmupSeconds() > 0) {
            Load.run(api, plan.clients(), plan.warmupSeconds(), Long.MAX_VALUE);
        }
        Runs runs = Runs.empty();
        for (int i = 0; i < plan.repeats(); i++) {
            measure(api, -1, runs);
        }
        return runs;
    }

    /** The process's CPU time so far (user and system), in milliseconds, as the operating system counts it. */
    static double cpuMs(long pid) {
        if (pid < 0) {
            return 0;
        }
        return ProcessHandle.of(pid).flatMap(p -> p.info().totalCpuDuration())
                .map(d -> d.toNanos() / 1e6).orElseThrow(() -> new IllegalStateException("no CPU time for " + pid));
    }

    /** Ours and the vanilla Axon baseline, measured in the same run: pairs of runs, one of each in turn. */
    record Pairs(Runs ours, Runs vanilla, List<Double> ratios) {
    }

    /**
     * P1 against its baseline, fairly on a busy machine: the vanilla app runs beside the node (idle while the node is
     * measured, and the other way round); each is warmed up until two windows in a row agree within 10 %, then
     * {@code max(5, repeats)} pairs alternate, ours first. The ratio is the median of the pairs' ratios.
     */
    Pairs interleaved(Api ours, long oursPid) throws Exception {
        Pg.recreate("bench_vanilla");
        int port = Setup.freePort();
        Api vanilla = new Api("http://127.0.0.1:" + port, setup.token);
        try (Proc p = Proc.start("vanilla", Proc.java("512m", "-Dloader.main=org.jwp.ledger.bench.vanilla.VanillaAxon",
                "-jar", setup.benchJar().toString(), "--server.port=" + port,
                "--spring.datasource.url=" + Pg.url("bench_vanilla"), "--spring.datasource.username=" + Pg.USER,
                "--vanilla.token-sha256=" + TokenHash.of(setup.token)), Map.of(), setup.log("vanilla"))) {
            p.awaitHealthy(vanilla);
            warmUp("ours", ours);
            warmUp("vanilla Axon", vanilla);
            Runs oursRuns = Runs.empty();
            Runs vanillaRuns = Runs.empty();
            List<Double> ratios = new ArrayList<>();
            for (int i = 0; i < Math.max(5, plan.repeats()); i++) {
                measure(ours, oursPid, oursRuns);
                measure(vanilla, p.pid(), vanillaRuns);
                ratios.add(oursRuns.perSecond().get(i) / vanillaRuns.perSecond().get(i));
            }
            return new Pairs(oursRuns, vanillaRuns, ratios);
        }
    }

    /**
     * Windows of the warm-up's length until two in a row agree within 10 % (JIT, pools and caches settled); at most
     * twelve, and the harness says so if they never agreed. None in a quick run.
     */
    private void warmUp(String who, Api api) throws InterruptedException {
        if (plan.warmupSeconds() <= 0) {
            return;
        }
        double previous = -1;
        for (int window = 1; window <= 12; window++) {
            double rate = Load.run(api, plan.clients(), plan.warmupSeconds(), Long.MAX_VALUE).perSecond();
            if (previous > 0 && Math.abs(rate - previous) <= 0.10 * previous) {
                Bench.say("warm-up of " + who + " settled after " + window + " windows (" + Math.round(rate)
                        + " commands/s)");
                return;
            }
            previous = rate;
        }
        Bench.say("warm-up of " + who + ": twelve windows never agreed within 10 %; measuring anyway");
    }

    private void measure(Api api, long pid, Runs into) throws InterruptedException {
        double server = cpuMs(pid);
        double load = cpuMs(ProcessHandle.current().pid());
        Load.Result r = Load.run(api, plan.clients(), plan.loadSeconds(), Long.MAX_VALUE);
        into.add(r);
        if (pid >= 0 && r.commands() > 0) {
            into.cpu(r, cpuMs(pid) - server, cpuMs(ProcessHandle.current().pid()) - load);
        }
    }

    /** pgbench, same clients, one row of the event's size per transaction: PostgreSQL's own limit here. */
    List<Double> pgbench() throws Exception {
        Pg.recreate("bench_pg");
        try (var c = Pg.connect("bench_pg"); var s = c.createStatement()) {
            s.execute("create table event_row (id bigserial primary key, payload bytea not null, meta bytea)");
        }
        String payload = Load.body(1).replace("'", "''");
        java.nio.file.Path script = setup.work.resolve("insert.sql");
        java.nio.file.Files.writeString(script, "insert into event_row (payload, meta) values (convert_to('" + payload
                + "', 'UTF8'), convert_to('{\"origin\":\"CITES\",\"recordedBy\":\"bench\"}', 'UTF8'));\n");
        List<Double> tps = new ArrayList<>();
        Pattern result = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
        for (int i = 0; i < plan.repeats(); i++) {
            java.nio.file.Path out = setup.log("pgbench-" + i);
            Proc.run("pgbench", List.of("pgbench", "-h", "127.0.0.1", "-U", Pg.USER, "-n", "-c",
                    Integer.toString(plan.clients()), "-j", "2", "-T", Long.toString(Math.round(plan.loadSeconds())),
                    "-f", script.toString(), "bench_pg"), out);
            Matcher m = result.matcher(java.nio.file.Files.readString(out));
            if (!m.find()) {
                throw new IllegalStateException("pgbench printed no tps; see " + out);
            }
            tps.add(Double.parseDouble(m.group(1)));
        }
        return tps;
    }

    /** P2: while P1's load runs on the origin, probes time each action from its 201 to the peer's read model. */
    List<Double> lag(Api origin, Api peer) throws Exception {
        // The peer first takes what P1 recorded; lag is measured from a peer that is following, not catching up.
        while (!origin.json("/api/ledger/heads").equals(peer.json("/api/ledger/heads"))) {
            Thread.sleep(200);
        }
        // ... and whose read models have taken it in too: after a catch-up they start from where they waited
        // (docs/replication.md, "The follower"), and a probe would otherwise time their rebuild, not the lag.
        visibleAt(peer, origin.post("/api/activities/D2/results", Load.body(-1)).body());
        List<Double> lags = new ArrayList<>();
        for (int i = 0; i < plan.repeats(); i++) {
            Thread load = new Thread(() -> {
                try {
                    Load.run(origin, plan.clients(), plan.loadSeconds(), Long.MAX_VALUE);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            load.start();
            while (load.isAlive()) {
                HttpResponse<String> r = origin.post("/api/activities/D2/results", Load.body(-1));
                long committed = System.nanoTime();
                visibleAt(peer, r.body());
                lags.add((System.nanoTime() - committed) / 1e6);
                Thread.sleep(100);
            }
        }
        return lags;
    }

    /** Returns once the result whose creation answered {@code created} can be read at {@code peer}. */
    private static void visibleAt(Api peer, String created) throws Exception {
        String id = created.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        while (peer.get("/api/activities/D2/results/" + id).statusCode() != 200) {
            Thread.sleep(2);
        }
    }

    /** P3: events recorded while the peer was down, then the peer's catch-up, read from its own database. */
    double[] catchUp(Api origin, String peerDatabase, ProcStarter startPeer) throws Exception {
        Load.run(origin, plan.clients(), Double.POSITIVE_INFINITY, plan.catchUpEvents());
        long head = 0;
        for (var h : origin.json("/api/ledger/heads")) {
            if (h.get("origin").asText().equals("CITES")) {
                head = h.get("sequence").asLong();
            }
        }
        long before = citesHeadIn(peerDatabase);
        Profile.current().mark("P3: the peer started and catching up");
        long t0 = System.nanoTime();
        try (Proc peer = startPeer.start()) {
            long first = 0;
            while (true) {
                long seen = citesHeadIn(peerDatabase);
                long now = System.nanoTime();
                if (first == 0 && seen > before) {
                    first = now;
                }
                if (seen >= head) {
                    double total = (now - t0) / 1e9;
                    double catching = Math.max(now - first, 20_000_000L) / 1e9; // at least one poll
                    return new double[]{(head - before) / catching, total};
                }
                Thread.sleep(20);
            }
        }
    }

    interface ProcStarter {
        Proc start() throws Exception;
    }

    private static long citesHeadIn(String database) throws java.sql.SQLException {
        return Pg.count(database, "select coalesce(max(last_sequence), 0) from ledger_origin_head "
                + "where origin = 'CITES'");
    }
}
