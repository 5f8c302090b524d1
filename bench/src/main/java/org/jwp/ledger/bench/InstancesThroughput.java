package org.jwp.ledger.bench;

import java.util.List;

/**
 * P1's recording load through HAProxy, first to one instance of the CITES node, then to two instances on the same
 * database (the second started beside the first): what a second instance does to the recording rate. Both instances
 * run on this machine, so they share its cores with each other and with PostgreSQL.
 */
final class InstancesThroughput {

    private final Setup setup;
    private final Throughput throughput;
    private final Plan plan;

    InstancesThroughput(Setup setup, Throughput throughput, Plan plan) {
        this.setup = setup;
        this.throughput = throughput;
        this.plan = plan;
    }

    List<Figure> measure() throws Exception {
        Pg.recreate("bench_instances");
        int[] ports = {Setup.freePort(), Setup.freePort()};
        Throughput.Runs one;
        Throughput.Runs two;
        try (Proc first = setup.node("cites", "bench_instances", ports[0], null)) {
            try (Haproxy proxy = Haproxy.start(setup.work, Setup.freePort(), List.of(ports[0]))) {
                one = throughput.record(setup.api(proxy.port));
            }
            try (Proc second = setup.node("cites", "bench_instances", ports[1], null);
                 Haproxy proxy = Haproxy.start(setup.work, Setup.freePort(), List.of(ports[0], ports[1]))) {
                two = throughput.record(setup.api(proxy.port));
            }
        }
        double ratio = Stats.median(two.perSecond()) / Stats.median(one.perSecond());
        String load = plan.clients() + " HTTP clients through HAProxy";
        return List.of(
                new Figure("I", "recording, one instance of CITES, " + load, "commands/s", one.perSecond(), null,
                        null, null),
                new Figure("I", "recording latency p99, one instance", "ms", one.p99(), null, null, null),
                new Figure("I", "recording, two instances of CITES on one database, " + load, "commands/s",
                        two.perSecond(), String.format("%.2f× one instance", ratio), null, null),
                new Figure("I", "recording latency p99, two instances", "ms", two.p99(), null, null, null));
    }
}
