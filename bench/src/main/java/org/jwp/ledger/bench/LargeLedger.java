package org.jwp.ledger.bench;

import org.jwp.ledger.node.audit.ExportDownload;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** P4 (offline verification), P5 (rebuilding the projections) and P6 (the annual report) on a large ledger. */
final class LargeLedger implements AutoCloseable {

    static final int REPORT_YEAR = 2024;

    private final Setup setup;
    private final Plan plan;
    private final String database;
    private final long events;
    private final Proc node;
    final Api api;
    final double loadSeconds;
    /** From starting the node's process to its projections holding every event: a build from the first event. */
    final double buildSeconds;

    /** Loads {@code events} into a fresh database, starts a CITES node on it and waits for its projections. */
    LargeLedger(Setup setup, Plan plan, String database, long events, HeapSampler heap) throws Exception {
        this.setup = setup;
        this.plan = plan;
        this.database = database;
        this.events = events;
        Pg.recreate(database);
        this.loadSeconds = BulkLoad.load(database, setup.key("cites"), setup.usersFile,
                setup.work.resolve(database + "-loader"), events, plan.years());
        // What PostgreSQL's default autovacuum would have done by now (this machine runs with it off, and
        // docs/operations.md asks for it on): without it the origin's head row, updated once per loaded batch, is
        // read through every dead version of it, 45 ms a read in the 2026-12-02 profile.
        Pg.vacuumAnalyze(database);
        int port = Setup.freePort();
        Profile.current().mark("P5: first build of the read models, " + String.format("%,d", events) + " events");
        long t0 = System.nanoTime();
        this.node = setup.node("cites", database, port, null);
        this.api = setup.api(port);
        heap.watch("cites, " + String.format("%,d", events) + "-event ledger", api);
        awaitProjected();
        this.buildSeconds = (System.nanoTime() - t0) / 1e9;
    }

    /**
     * Seconds per report, each request whole (sent to the body's last byte received; until 2026-12-02 the harness
     * also decoded the body into a string, 0.2-0.3 s of its own for 100,000 results). Warmed up first, as every
     * workload is: the first reports of a fresh node run in the interpreter (2 s against 1 s later for 100,000
     * results).
     */
    List<Double> report() throws Exception {
        for (int i = 0; i < WARM_UP_REPORTS; i++) {
            reportSeconds();
        }
        List<Double> seconds = new ArrayList<>();
        for (int i = 0; i < plan.repeats(); i++) {
            seconds.add(reportSeconds());
        }
        return seconds;
    }

    private static final int WARM_UP_REPORTS = 2;

    private double reportSeconds() throws Exception {
        long t0 = System.nanoTime();
        long[] r = api.download("/api/reports/annual/" + REPORT_YEAR + "?format=json");
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (r[0] != 200 || r[2] != '{' || r[3] != '\n') { // the JSON, then one line end
            throw new IllegalStateException("the report answered " + r[0] + " with " + r[1] + " bytes");
        }
        return seconds;
    }

    private double plainSelect = Double.NaN;

    /**
     * P5's baseline: the same rows read by one plain {@code SELECT} in global-index order, every column, streamed
     * over JDBC as Axon's store reads them (rows per second, measured once).
     */
    double plainSelectRate() throws java.sql.SQLException {
        if (Double.isNaN(plainSelect)) {
            try (var c = Pg.connect(database)) {
                c.setAutoCommit(false); // a cursor: the rows are streamed, not held in memory
                try (var s = c.prepareStatement("select * from domain_event_entry order by global_index")) {
                    s.setFetchSize(1000);
                    long t0 = System.nanoTime();
                    long rows = 0;
                    long bytes = 0;
                    try (var r = s.executeQuery()) {
                        int columns = r.getMetaData().getColumnCount();
                        while (r.next()) {
                            for (int i = 1; i <= columns; i++) {
                                Object v = r.getObject(i);
                                bytes += v instanceof byte[] b ? b.length : 1;
                            }
                            rows++;
                        }
                    }
                    plainSelect = rows / ((System.nanoTime() - t0) / 1e9);
                    if (bytes == 0) {
                        throw new IllegalStateException("the plain SELECT read nothing");
                    }
                }
            }
        }
        return plainSelect;
    }

    /** Events per second to rebuild both projections from the first event. */
    List<Double> replay() throws Exception {
        List<Double> rates = new ArrayList<>();
        for (int i = 0; i < plan.replays(); i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = api.post("/api/admin/replay", null);
            if (r.statusCode() != 202) {
                throw new IllegalStateException("replay answered " + r.statusCode() + ": " + r.body());
            }
            awaitProjected();
            rates.add(events / ((System.nanoTime() - t0) / 1e9));
        }
        return rates;
    }

    /** P4: the export, verified offline by ./ledger verify's own code; and sha256sum over the same file. */
    double[] verify() throws Exception {
        Path export = setup.work.resolve(database + ".ndjson");
        long t0 = System.nanoTime();
        // ./ledger export's own client: it shows its progress, and goes on from the last complete event if the
        // transfer breaks (a download cut short once made a full run fail without its table).
        if (ExportDownload.download(java.net.URI.create(api.base()), "Bearer " + setup.token, export,
                System.out) != 0) {
            throw new IllegalStateException("the export could not be downloaded whole");
        }
        double exportSeconds = (System.nanoTime() - t0) / 1e9;
        // The verifier an auditor runs: ledger-verify.jar, its JVM start included in the time. Five pairs,
        // interleaved with sha256sum over the same file, so a busy moment of the machine weighs on both alike.
        List<String> verifier = new ArrayList<>(List.of("-jar", setup.verifierJar().toString(), "verify",
                export.toString(), "--key", "CITES=" + setup.publicKey("cites")));
        List<Double> verifySeconds = new ArrayList<>();
        List<Double> hashSeconds = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        for (int pair = 0; pair < 5; pair++) {
            Profile.current().mark("P4: offline verification");
            verifySeconds.add(Proc.run("verify", Proc.java("512m", verifier.toArray(String[]::new)),
                    setup.log("verify")));
            Profile.current().mark("P4: sha256sum");
            hashSeconds.add(Proc.run("sha256sum", List.of("sha256sum", export.toString()), setup.log("sha256sum")));
            ratios.add(hashSeconds.get(pair) / verifySeconds.get(pair));
        }
        double verify = Stats.median(verifySeconds);
        double hash = Stats.median(hashSeconds);
        List<String> profiled = Profile.current().jvm("verify");
        if (!profiled.isEmpty()) { // profiled once more, untimed: JFR's own start-up is not the verifier's
            Profile.current().mark("P4: offline verification, profiled (untimed)");
            profiled = new ArrayList<>(profiled);
            profiled.addAll(verifier);
            Proc.run("verify", Proc.java("512m", profiled.toArray(String[]::new)), setup.log("verify-profiled"));
        }
        return new double[]{events / verify, events / hash, events / exportSeconds,
                export.toFile().length(), Stats.median(ratios)};
    }

    /**
     * Until every projection's token has reached the last event. (A replay token stays a replay token until an event
     * beyond the reset point arrives, so its current position is what counts.)
     */
    private void awaitProjected() throws Exception {
        // The tokens first: counting a million results every 50 ms took 320 s of database CPU from a 567 s build
        // (the 2026-12-02 profile), so the count runs only once the processors say they are at the head.
        while (Pg.count(database, "select count(*) from token_entry") < 2 || Pg.count(database, BEHIND) > 0
                || Pg.count(database, "select count(*) from activity_result") < events) {
            Thread.sleep(50);
        }
    }

    private static final String BEHIND = "select count(*) from token_entry t, lateral (select convert_from(t.token, "
            + "'UTF8')::jsonb as j) k where coalesce((j -> 'currentToken' ->> 'index')::bigint, (j ->> 'index')::bigint,"
            + " -1) < (select max(global_index) from domain_event_entry)";

    @Override
    public void close() throws InterruptedException {
        node.close();
    }
}
