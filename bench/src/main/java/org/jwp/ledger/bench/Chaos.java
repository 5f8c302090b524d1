package org.jwp.ledger.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code ./ledger chaos [--quick]}: faults injected into two real node processes on the machine's PostgreSQL —
 * kill -9 under load and while a replicated batch is appended, PostgreSQL restarted under load, a peer that refuses
 * connections and one that accepts and never answers, a node restored from an older backup, sustained load with replication in a 512 MB heap,
 * the CITES instance holding the duties killed while two run behind HAProxy, CITES's primary PostgreSQL stopped and
 * its synchronous standby promoted under load — each
 * followed by the checks that nothing acknowledged was lost or duplicated and both ledgers agree. Prints a summary
 * and exits 1 if any check failed. The quick version (CI) shortens every phase.
 */
public final class Chaos {

    /** One check made after a fault. */
    record Check(String fault, String what, boolean ok, String detail) {
    }

    /** How long each phase lasts. */
    record Durations(Duration load, int burst, Duration sustained, double sustainedRate) {

        static Durations quick() {
            return new Durations(Duration.ofSeconds(3), 1_500, Duration.ofSeconds(15), 20);
        }

        static Durations full() {
            return new Durations(Duration.ofSeconds(30), 20_000, Duration.ofMinutes(10), 20);
        }
    }

    private final List<Check> checks = new ArrayList<>();
    private final List<String> injected = new ArrayList<>();
    private final long started = System.nanoTime();

    void injected(String fault) {
        injected.add(fault);
        System.out.printf("[chaos] %4.0f s  %s%n", (System.nanoTime() - started) / 1e9, fault);
    }

    void check(String fault, String what, boolean ok, String detail) {
        checks.add(new Check(fault, what, ok, detail));
        System.out.printf("[chaos]   %s %s — %s%n", ok ? "ok    " : "FAILED", what, detail);
    }

    /** After any fault: acknowledged commands stored once on both nodes, equal heads, verification passes alike. */
    void agreeAfter(ChaosPair pair, String fault, Set<String> acked, String load) throws Exception {
        boolean equal = ChaosPair.await(pair::headsEqual, 180);
        check(fault, "heads equal after catch-up", equal, pair.cites().json("/api/ledger/heads").toString());
        long atCites = ChaosPair.eventsOf("chaos_cites", acked);
        long atCms = ChaosPair.eventsOf("chaos_cms", acked);
        check(fault, "every acknowledged command stored once, at the origin and the peer",
                atCites == acked.size() && atCms == acked.size(),
                String.format("%s; stored: CITES %,d, CMS %,d", load, atCites, atCms));
        JsonNode citesReport = pair.verification(pair.cites());
        JsonNode cmsReport = pair.verification(pair.cms());
        // Under load the newest events wait up to a second for their checkpoint: an unsigned tail is not a failure.
        check(fault, "both nodes verify, with the same heads and hashes",
                !"FAILED".equals(citesReport.get("verdict").asText())
                        && !"FAILED".equals(cmsReport.get("verdict").asText())
                        && heads(citesReport).equals(heads(cmsReport)),
                "CITES " + heads(citesReport) + ", CMS " + heads(cmsReport));
    }

    static String heads(JsonNode verification) {
        StringBuilder s = new StringBuilder();
        for (JsonNode o : verification.get("origins")) {
            s.append(o.get("origin").asText()).append('#').append(o.get("headSequence").asLong()).append(' ')
                    .append(o.path("headHash").asText("-"), 0, Math.min(12, o.path("headHash").asText("-").length()))
                    .append(o.get("verdict").asText().equals("FAILED") ? " FAILED" : "").append("; ");
        }
        return s.toString();
    }

    public static void main(String[] args) throws Exception {
        boolean quick = List.of(args).contains("--quick");
        Path root = Path.of(System.getProperty("ledger.root", ".")).toAbsolutePath().normalize();
        Chaos chaos = new Chaos();
        long t0 = System.nanoTime();
        Setup setup = new Setup(root);
        if (quick) {
            // Six node starts dominate the quick run; the JIT's first tier alone starts a node markedly faster and
            // changes nothing the checks look at (the full run keeps the default JIT).
            setup.nodeJvm.add("-XX:TieredStopAtLevel=1");
        }
        // The superuser's rewrite is to be found by the nodes' own periodic self-check, within the run.
        setup.nodeEnv.put("LEDGER_SELF_CHECK_INTERVAL", "PT3S");
        Durations durations = quick ? Durations.quick() : Durations.full();
        // --instances-only, --failover-only: one part alone, to work on it.
        boolean instancesOnly = List.of(args).contains("--instances-only");
        boolean failoverOnly = List.of(args).contains("--failover-only");
        if (!instancesOnly && !failoverOnly) {
            try (ChaosPair pair = new ChaosPair(setup)) {
                new ChaosFaults(chaos, pair, durations).runAll();
                new ChaosRestore(chaos, pair, durations).run();
                new ChaosTrust(chaos, pair).runAll();
                new ChaosNetwork(chaos, pair, durations).runAll();
            } catch (Exception e) {
                chaos.check("the run itself", "completed", false, e.toString());
            }
        }
        if (!failoverOnly) {
            try { // on databases and ports of its own, once the pair has stopped
                new ChaosInstances(chaos, setup, durations).run();
            } catch (Exception e) {
                chaos.check("two instances behind HAProxy", "completed", false, e.toString());
            }
        }
        if (!instancesOnly) {
            try { // on a primary and a standby of its own
                new ChaosFailover(chaos, setup, durations).run();
            } catch (Exception e) {
                chaos.check("PostgreSQL failover", "completed", false, e.toString());
            }
        }
        System.out.println(chaos.summary(quick, (System.nanoTime() - t0) / 1e9, setup.work));
        System.exit(chaos.checks.stream().allMatch(Check::ok) && !chaos.checks.isEmpty() ? 0 : 1);
    }

    String summary(boolean quick, double seconds, Path logs) {
        StringBuilder s = new StringBuilder(String.format("%n## Chaos run (%s), %.0f s; node logs in %s%n%n",
                quick ? "quick" : "full", seconds, logs));
        s.append("| fault injected | check | result | detail |\n|---|---|---|---|\n");
        for (Check c : checks) {
            s.append(String.format("| %s | %s | %s | %s |%n", c.fault(), c.what(), c.ok() ? "passed" : "**FAILED**",
                    c.detail().replace("|", "/")));
        }
        long failed = checks.stream().filter(c -> !c.ok()).count();
        s.append(String.format("%n%d faults injected, %d checks, %d failed: %s%n", injected.size(), checks.size(),
                failed, failed == 0 ? "CHAOS CHECKS PASSED" : "CHAOS CHECKS FAILED"));
        return s.toString();
    }
}
