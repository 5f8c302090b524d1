package org.jwp.ledger.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Random;
import java.util.function.BooleanSupplier;

/**
 * The two nodes of a chaos run, each its own process on its own database: CMS follows CITES directly, CITES follows
 * CMS through a {@link Gate} the run opens, shuts or silences. Either node can be stopped, killed and started again.
 */
final class ChaosPair implements AutoCloseable {

    final Setup setup;
    final Gate gate;
    private final int citesPort;
    private final int cmsPort;
    private Proc cites;
    private Proc cms;

    ChaosPair(Setup setup) throws Exception {
        this.setup = setup;
        this.citesPort = Setup.freePort();
        this.cmsPort = Setup.freePort();
        this.gate = new Gate(gatePort(), cmsPort);
        Pg.recreate("chaos_cites");
        Pg.recreate("chaos_cms");
        gate.set(Gate.Mode.OPEN);
        // Both at once: each compares its chain with the other before it records, so neither is ready alone.
        cites = setup.start("cites", "chaos_cites", citesPort, gate.port());
        cms = setup.start("cms", "chaos_cms", cmsPort, citesPort);
        try {
            cites.awaitHealthy(cites());
            cms.awaitHealthy(cms());
        } catch (RuntimeException | InterruptedException e) {
            close(); // nothing left running for a later run to meet
            throw e;
        }
    }

    /**
     * A free port below the kernel's ephemeral range: while the gate is shut nothing listens on it, and a port from
     * that range could meanwhile become the local end of some outgoing connection, so the gate could not reopen.
     */
    private static int gatePort() throws IOException {
        Random random = new Random();
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = 20_000 + random.nextInt(10_000);
            try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                return port;
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IOException("no free port between 20000 and 30000 for the gate");
    }

    Api cites() {
        return setup.api(citesPort);
    }

    Api cms() {
        return setup.api(cmsPort);
    }

    void startCites() throws IOException, InterruptedException {
        cites = setup.node("cites", "chaos_cites", citesPort, gate.port());
    }

    void startCms() throws IOException, InterruptedException {
        cms = setup.node("cms", "chaos_cms", cmsPort, citesPort);
    }

    /** Starts CITES without waiting for it to be ready (it may hold events a peer handed back for a decision). */
    void launchCites(int peerPort) throws IOException {
        cites = setup.start("cites", "chaos_cites", citesPort, peerPort);
    }

    void awaitCitesHealthy() throws InterruptedException {
        cites.awaitHealthy(cites());
    }

    /** Starts CMS without waiting for it to be ready (to kill it while it catches up). */
    void launchCms() throws IOException {
        cms = setup.start("cms", "chaos_cms", cmsPort, citesPort);
    }

    void killCites() throws InterruptedException {
        cites.kill();
    }

    void killCms() throws InterruptedException {
        cms.kill();
    }

    void stopCms() throws InterruptedException {
        cms.close();
    }

    boolean headsEqual() {
        try {
            return cites().json("/api/ledger/heads").equals(cms().json("/api/ledger/heads"));
        } catch (Exception notNow) {
            return false;
        }
    }

    JsonNode verification(Api node) throws IOException, InterruptedException {
        return node.json("/api/audit/verification");
    }

    JsonNode peerStatus(Api node) throws IOException, InterruptedException {
        return node.json("/api/replication/status").get(0);
    }

    /** How many events of these streams a node's database holds (each acknowledged result is one stream, one event). */
    static long eventsOf(String database, Collection<String> streams) throws SQLException {
        try (Connection c = Pg.connect(database)) {
            return eventsOf(c, streams);
        }
    }

    /** As {@link #eventsOf(String, Collection)}, on a connection to any server. */
    static long eventsOf(Connection c, Collection<String> streams) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "select count(*) from domain_event_entry where aggregate_identifier = any(?)")) {
            s.setArray(1, c.createArrayOf("varchar", streams.toArray()));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    static boolean await(BooleanSupplier condition, long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(200);
        }
        return condition.getAsBoolean();
    }

    @Override
    public void close() throws Exception {
        gate.close();
        if (cites != null) {
            cites.close();
        }
        if (cms != null) {
            cms.close();
        }
    }
}
