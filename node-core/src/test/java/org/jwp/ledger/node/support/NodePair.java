package org.jwp.ledger.node.support;

import org.jwp.ledger.events.Secretariat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The CITES and CMS nodes, each on its own database, replicating with each other over loopback. */
public final class NodePair implements AutoCloseable {

    private final int citesPort = RunningNode.freePort();
    private final int cmsPort = RunningNode.freePort();
    private final String citesDb = TestDatabases.newDatabase();
    private final String cmsDb = TestDatabases.newDatabase();
    private RunningNode cites;
    private RunningNode cms;

    private final String[] extraArgs;

    private NodePair(String... extraArgs) {
        this.extraArgs = extraArgs;
    }

    /** Two peers, each also given {@code extraArgs} (e.g. a profile). */
    public static NodePair start(String... extraArgs) {
        NodePair pair = new NodePair(extraArgs);
        pair.cites = pair.startCites();
        pair.cms = pair.startCms();
        pair.cites.awaitWritable();
        return pair;
    }

    public RunningNode cites() {
        return cites;
    }

    public RunningNode cms() {
        return cms;
    }

    /** Starts CITES; once CMS runs, returns when CITES has compared its chain with it and records. */
    public RunningNode startCites(Class<?>... extra) {
        cites = RunningNode.start(Secretariat.CITES, citesDb, extra, args(citesPort, Secretariat.CMS, cmsPort));
        return cms == null ? cites : cites.awaitWritable();
    }

    /** Starts CITES on its own port and database, comparing with and following whatever answers at {@code peerPort}. */
    public RunningNode startCitesWithPeerAt(int peerPort, String... moreArgs) {
        List<String> args = new ArrayList<>(List.of(args(citesPort, Secretariat.CMS, peerPort)));
        args.addAll(List.of(moreArgs));
        cites = RunningNode.start(Secretariat.CITES, citesDb, new Class<?>[0], args.toArray(String[]::new));
        return cites;
    }

    /** Starts CMS, and returns when it has compared its chain with CITES and records. */
    public RunningNode startCms(Class<?>... extra) {
        cms = RunningNode.start(Secretariat.CMS, cmsDb, extra, args(cmsPort, Secretariat.CITES, citesPort));
        return cms.awaitWritable();
    }

    /** Stops CMS and starts it again on its database with {@code moreArgs} (e.g. as an older build would run). */
    public RunningNode restartCms(String... moreArgs) {
        cms.close();
        List<String> args = new ArrayList<>(List.of(args(cmsPort, Secretariat.CITES, citesPort)));
        args.addAll(List.of(moreArgs));
        cms = RunningNode.start(Secretariat.CMS, cmsDb, new Class<?>[0], args.toArray(String[]::new));
        return cms.awaitWritable();
    }

    public int cmsPort() {
        return cmsPort;
    }

    public String citesDatabase() {
        return citesDb;
    }

    /**
     * Waits until both nodes hold the same events of every origin, checks they are identical, and waits until both
     * nodes' projections have handled them.
     */
    public void awaitConverged() {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                assertThat(cms.http("auditor").get("/api/ledger/heads").body())
                        .isEqualTo(cites.http("auditor").get("/api/ledger/heads").body()));
        for (Secretariat origin : Secretariat.values()) {
            assertThat(events(cms, origin)).isEqualTo(events(cites, origin));
        }
        cites.awaitProjected();
        cms.awaitProjected();
    }

    /**
     * Both nodes sign their heads now, then this waits until each verifies every origin under a signed checkpoint
     * (a peer's checkpoint arrives by replication); answers CITES's and CMS's verification reports.
     */
    public List<com.fasterxml.jackson.databind.JsonNode> awaitVerified() {
        for (RunningNode node : List.of(cites, cms)) {
            assertThat(node.http("auditor").post("/api/audit/checkpoints", null).status()).isIn(201, 204);
        }
        List<com.fasterxml.jackson.databind.JsonNode> reports = new ArrayList<>();
        for (RunningNode node : List.of(cites, cms)) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                    assertThat(node.http("auditor").get("/api/audit/verification").json().get("verdict").asText())
                            .as(node.secretariat() + " verification").isEqualTo("VERIFIED"));
            reports.add(node.http("auditor").get("/api/audit/verification").json());
        }
        return reports;
    }

    /** Every event of one origin as the node's API lists it (ids, sequences, payload bytes), page by page. */
    public static List<String> events(RunningNode node, Secretariat origin) {
        List<String> pages = new ArrayList<>();
        long after = 0;
        while (true) {
            Http.Response page = node.http("auditor").get("/api/ledger/events?origin=" + origin + "&after=" + after
                    + "&limit=1000");
            if (page.json().isEmpty()) {
                return pages;
            }
            pages.add(page.body());
            after = page.json().get(page.json().size() - 1).get("sequence").asLong();
        }
    }

    private String[] args(int port, Secretariat peer, int peerPort) {
        List<String> args = new ArrayList<>(List.of(RunningNode.peerArgs(peer, peerPort)));
        args.add("--server.port=" + port);
        args.addAll(List.of(extraArgs));
        return args.toArray(String[]::new);
    }

    @Override
    public void close() {
        if (cites != null) {
            cites.close();
        }
        if (cms != null) {
            cms.close();
        }
    }
}
