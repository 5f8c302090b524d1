package org.jwp.ledger.bench;

import java.util.List;

import static org.jwp.ledger.bench.Bench.say;

/**
 * The profiling modes of {@code ./ledger bench}: one workload alone ({@code --p1-only}, {@code --p2-only},
 * {@code --p3-only}), printed, nothing written.
 */
final class ProfilingRuns {

    private final Setup setup;
    private final Plan plan;

    ProfilingRuns(Setup setup, Plan plan) {
        this.setup = setup;
        this.plan = plan;
    }

    void p1Only() throws Exception {
        Throughput throughput = new Throughput(setup, plan);
        setup.fresh("bench_cites");
        int port = Setup.freePort();
        try (Proc cites = setup.node("cites", "bench_cites", port, Setup.freePort())) {
            Throughput.Pairs pairs = throughput.interleaved(setup.api(port), cites.pid());
            Throughput.Runs ours = pairs.ours();
            Throughput.Runs vanilla = pairs.vanilla();
            say("vanilla Axon " + vanilla.perSecond() + " commands/s; ours " + ours.perSecond() + " (p50 "
                    + ours.p50() + " ms, p99 " + ours.p99() + " ms); groups: " + setup.api(port)
                    .json("/actuator/metrics/ledger.appender.groups").get("measurements").get(0).get("value")
                    + ", commands in them: " + setup.api(port).json("/actuator/metrics/ledger.appender.grouped.commands")
                    .get("measurements").get(0).get("value"));
        }
    }

    /** P2 alone, with both nodes' connection pools sampled: whether a request waits for a connection. */
    void p2Only() throws Exception {
        Throughput throughput = new Throughput(setup, plan);
        int citesPort = Setup.freePort();
        int cmsPort = freshPair();
        try (Proc cites = setup.node("cites", "bench_cites", citesPort, cmsPort);
             Proc cms = setup.node("cms", "bench_cms", cmsPort, citesPort)) {
            // As in the full run, where P2 follows P1: both nodes past their JIT warm-up (cold, two cores spent
            // most of the first minute compiling and the lag measured that).
            Load.run(setup.api(citesPort), plan.clients(), plan.warmupSeconds(), Long.MAX_VALUE);
            List<Double> lags = throughput.lag(setup.api(citesPort), setup.api(cmsPort));
            for (int port : new int[]{citesPort, cmsPort}) {
                say((port == citesPort ? "cites" : "cms") + ": connections waiting now "
                        + setup.api(port).json("/actuator/metrics/hikaricp.connections.pending")
                        .get("measurements").get(0).get("value") + ", time to get one: " + setup.api(port)
                        .json("/actuator/metrics/hikaricp.connections.acquire").get("measurements"));
            }
            say("cms: replication delay (event's time at CITES to its commit here): " + setup.api(cmsPort)
                    .json("/actuator/metrics/ledger.replication.delay").get("measurements"));
            say(String.format("lag p50 %.0f ms, p99 %.0f ms, max %.0f ms over %d probes",
                    Stats.percentile(lags, 50), Stats.percentile(lags, 99), Stats.percentile(lags, 100),
                    lags.size()));
        }
    }

    /**
     * P3 alone: CITES records the catch-up's events with CMS down, then CMS starts and catches up. With
     * {@code LEDGER_BENCH_JFR} set to a file, CMS records a flight recording of its catch-up there.
     */
    void p3Only() throws Exception {
        Throughput throughput = new Throughput(setup, plan);
        int citesPort = Setup.freePort();
        int cmsPort = freshPair();
        String jfr = System.getenv("LEDGER_BENCH_JFR");
        try (Proc cites = setup.node("cites", "bench_cites", citesPort, cmsPort)) {
            // CMS's schema exists before it goes down, as in the full run where it followed CITES during P2.
            setup.node("cms", "bench_cms", cmsPort, citesPort).close();
            double[] catchUp = throughput.catchUp(setup.api(citesPort), "bench_cms", () -> {
                if (jfr != null) {
                    setup.nodeEnv.put("JAVA_TOOL_OPTIONS", "-XX:StartFlightRecording=settings=profile,filename=" + jfr);
                }
                try {
                    return setup.start("cms", "bench_cms", cmsPort, citesPort);
                } finally {
                    setup.nodeEnv.remove("JAVA_TOOL_OPTIONS");
                }
            });
            say(String.format("catch-up of %,d events: %.0f events/s; %.1f s from starting CMS to equal heads",
                    plan.catchUpEvents(), catchUp[0], catchUp[1]));
        }
    }

    /** Both benchmark databases emptied; the CMS node's port (CITES's is taken by the caller first). */
    private int freshPair() throws Exception {
        setup.fresh("bench_cites");
        setup.fresh("bench_cms");
        return Setup.freePort();
    }
}
