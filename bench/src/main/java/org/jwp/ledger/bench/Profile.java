package org.jwp.ledger.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * With {@code LEDGER_BENCH_PROFILE} set to a folder, a run profiles itself, phase by phase (a phase is what the
 * harness says it is doing): every node and the offline verifier record a flight recording (JFR, default settings:
 * a sample of each running thread every 20 ms, the process's and the machine's CPU every second); PostgreSQL's
 * sessions are sampled every second from {@code pg_stat_activity}; and, when {@code pg_stat_statements} is loaded,
 * its statements are read and reset at every phase's end. At the end, {@code profile.md} in that folder summarises
 * each phase. Unset, none of it runs. The acceptance of issue 18 asks for exactly these three kinds of profile beside
 * the figures they explain, so a full run makes them itself rather than by separate probes on other code.
 */
final class Profile implements AutoCloseable {

    record Phase(String name, Instant start, Instant end) {
    }

    private static Profile current = new Profile(null);

    private final Path folder;
    private final List<Phase> phases = new ArrayList<>();
    private final Map<String, Map<String, Integer>> activity = new LinkedHashMap<>();
    private final Map<String, String> statements = new LinkedHashMap<>();
    private final AtomicInteger recordings = new AtomicInteger();
    private final boolean statementsLoaded;
    private Thread sampler;
    private String phase;
    private Instant phaseStart;

    private Profile(Path folder) {
        this.folder = folder;
        this.statementsLoaded = folder != null && loadStatements();
    }

    /** The run's profile: on when {@code LEDGER_BENCH_PROFILE} names a folder. */
    static Profile start() throws IOException {
        String dir = System.getenv("LEDGER_BENCH_PROFILE");
        if (dir != null && !dir.isBlank()) {
            Files.createDirectories(Path.of(dir));
            current = new Profile(Path.of(dir).toAbsolutePath());
            current.sampleActivity();
        }
        return current;
    }

    static Profile current() {
        return current;
    }

    /** The JVM options that make a process of the run record its flight recording into the folder. */
    List<String> jvm(String name) {
        if (folder == null) {
            return List.of();
        }
        Path file = folder.resolve(String.format("%02d-%s.jfr", recordings.incrementAndGet(), name));
        return List.of("-XX:StartFlightRecording=settings=default,dumponexit=true,filename=" + file);
    }

    /** The run now does {@code what}: the previous phase ends here. */
    synchronized void mark(String what) {
        if (folder == null) {
            return;
        }
        endPhase();
        phase = what;
        phaseStart = Instant.now();
    }

    private void endPhase() {
        if (phase == null) {
            return;
        }
        phases.add(new Phase(phase, phaseStart, Instant.now()));
        if (statementsLoaded) {
            statements.put(phase, topStatements());
        }
    }

    private void sampleActivity() {
        sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try (Connection c = Pg.connect("postgres")) {
                    while (!Thread.currentThread().isInterrupted()) {
                        sampleOnce(c);
                        Thread.sleep(1000);
                    }
                } catch (InterruptedException e) {
                    return;
                } catch (SQLException e) {
                    try {
                        Thread.sleep(1000); // PostgreSQL restarting: sample again when it is back
                    } catch (InterruptedException stop) {
                        return;
                    }
                }
            }
        }, "pg-activity-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Each active client session once: its database, what it waits for (CPU when nothing) and its statement. */
    private void sampleOnce(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("""
                select datname, coalesce(wait_event_type || ':' || wait_event, 'on CPU'),
                       regexp_replace(left(query, 70), '\\s+', ' ', 'g')
                from pg_stat_activity
                where state = 'active' and backend_type = 'client backend' and pid <> pg_backend_pid()""")) {
            synchronized (this) {
                Map<String, Integer> counts = activity.computeIfAbsent(phase == null ? "start" : phase,
                        k -> new TreeMap<>());
                counts.merge("(samples)", 1, Integer::sum);
                while (r.next()) {
                    counts.merge(r.getString(1) + " | " + r.getString(2) + " | " + r.getString(3), 1,
                            Integer::sum);
                }
            }
        }
    }

    private static boolean loadStatements() {
        try (Connection c = Pg.connect("postgres"); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("show shared_preload_libraries")) {
                r.next();
                if (!r.getString(1).contains("pg_stat_statements")) {
                    return false;
                }
            }
            s.execute("create extension if not exists pg_stat_statements");
            s.execute("select pg_stat_statements_reset()");
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static String topStatements() {
        StringBuilder out = new StringBuilder("| calls | total ms | mean ms | rows | statement |\n|---|---|---|---|---|\n");
        try (Connection c = Pg.connect("postgres"); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("""
                    select calls, total_exec_time, mean_exec_time, rows,
                           regexp_replace(left(query, 110), '\\s+', ' ', 'g')
                    from pg_stat_statements order by total_exec_time desc limit 10""")) {
                while (r.next()) {
                    out.append(String.format("| %,d | %,.0f | %.2f | %,d | `%s` |%n", r.getLong(1), r.getDouble(2),
                            r.getDouble(3), r.getLong(4), r.getString(5).replace("|", "\\|")));
                }
            }
            s.execute("select pg_stat_statements_reset()");
        } catch (SQLException e) {
            out.append("(not read: ").append(e.getMessage()).append(")\n");
        }
        return out.toString();
    }

    /** Ends the last phase and writes profile.md, reading every flight recording the run's processes left. */
    @Override
    public synchronized void close() throws IOException {
        if (folder == null) {
            return;
        }
        endPhase();
        phase = null;
        sampler.interrupt();
        StringBuilder md = new StringBuilder("# Profile of the run\n\n");
        if (!statementsLoaded) {
            md.append("`pg_stat_statements` was not loaded (`shared_preload_libraries`): no statement tables.\n\n");
        }
        List<Path> jfrs;
        try (var files = Files.list(folder)) {
            jfrs = files.filter(f -> f.toString().endsWith(".jfr")).sorted().toList();
        }
        List<Map<String, String>> summaries = new ArrayList<>();
        for (Path jfr : jfrs) {
            summaries.add(JfrSummary.of(jfr, phases));
        }
        for (Phase p : phases) {
            md.append("## ").append(p.name()).append(String.format(" (%d s)%n%n",
                    p.end().getEpochSecond() - p.start().getEpochSecond()));
            md.append(activityTable(activity.getOrDefault(p.name(), Map.of())));
            if (statements.containsKey(p.name())) {
                md.append("\n`pg_stat_statements`, top 10 by time:\n\n").append(statements.get(p.name()));
            }
            summaries.forEach(s -> md.append(s.getOrDefault(p.name(), "")));
            md.append('\n');
        }
        Files.writeString(folder.resolve("profile.md"), md);
    }

    private static String activityTable(Map<String, Integer> counts) {
        int samples = counts.getOrDefault("(samples)", 0);
        StringBuilder out = new StringBuilder(String.format(
                "`pg_stat_activity`, %d samples a second apart: active sessions seen (database | waiting for | "
                        + "statement), by how many samples saw them%n%n", samples));
        counts.entrySet().stream().filter(e -> !e.getKey().equals("(samples)"))
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(12)
                .forEach(e -> out.append(String.format("- %d × `%s`%n", e.getValue(), e.getKey())));
        if (counts.size() <= 1) {
            out.append("- none active\n");
        }
        return out.toString();
    }
}
