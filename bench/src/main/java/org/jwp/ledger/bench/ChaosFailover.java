package org.jwp.ledger.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.sql.Connection;
import java.util.Set;

/**
 * CITES on a PostgreSQL primary with a synchronous standby (its URL names both, {@code targetServerType=primary}),
 * CMS on the machine's server, the two following each other, both recording. The primary's server stops at once
 * under load and the standby is promoted: CITES must record again without being restarted, nothing it acknowledged
 * may be missing (the synchronous standby had it before the answer), and the two ledgers must agree. The seconds
 * the clients waited between their last acknowledgement before the crash and the first after it are measured.
 */
final class ChaosFailover {

    private static final String CITES_DB = "chaos_cites_failover";
    private static final String CMS_DB = "chaos_cms_failover";

    private final Chaos chaos;
    private final Setup setup;
    private final Chaos.Durations durations;

    ChaosFailover(Chaos chaos, Setup setup, Chaos.Durations durations) {
        this.chaos = chaos;
        this.setup = setup;
        this.durations = durations;
    }

    void run() throws Exception {
        String fault = "primary PostgreSQL stopped under load, synchronous standby promoted";
        Pg.recreate(CMS_DB);
        int citesPort = Setup.freePort();
        int cmsPort = Setup.freePort();
        Proc cites = null;
        Proc cms = null;
        try (PgStandbyPair servers = PgStandbyPair.create(setup.work)) {
            servers.createDatabase(CITES_DB);
            cites = setup.start("cites", CITES_DB, servers.nodeUrl(CITES_DB), citesPort, cmsPort);
            cms = setup.start("cms", CMS_DB, cmsPort, citesPort);
            cites.awaitHealthy(setup.api(citesPort));
            cms.awaitHealthy(setup.api(cmsPort));
            AckedLoad citesLoad = new AckedLoad(setup.api(citesPort), 4, 0);
            AckedLoad cmsLoad = new AckedLoad(setup.api(cmsPort), 2, 20);
            Thread.sleep(durations.load().toMillis());
            String syncState = servers.syncState();
            chaos.injected(fault);
            long t0 = System.nanoTime();
            citesLoad.mark();
            servers.crashPrimary();
            servers.promoteStandby();
            double promoted = (System.nanoTime() - t0) / 1e9;
            chaos.check(fault, "the standby was synchronous when the primary stopped", "sync".equals(syncState),
                    "pg_stat_replication.sync_state: " + syncState);
            chaos.check(fault, "the standby was promoted", servers.standbyIsPrimary(),
                    String.format("primary stopped and standby promoted in %.1f s", promoted));
            boolean recovered = ChaosPair.await(() -> citesLoad.ackedAfterMark() >= 20, 120);
            chaos.check(fault, "CITES records again on the promoted standby without being restarted", recovered,
                    String.format("%d commands acknowledged since; %.1f s without an acknowledgement",
                            citesLoad.ackedAfterMark(), citesLoad.secondsWithoutAcks()));
            Thread.sleep(durations.load().toMillis());
            citesLoad.close();
            cmsLoad.close();
            chaos.check(fault, "no command refused as the client's fault, none answered without its id",
                    citesLoad.clientErrors() == 0 && citesLoad.successWithoutId() == 0, citesLoad.summary());
            agree(fault, servers, setup.api(citesPort), setup.api(cmsPort), citesLoad, cmsLoad);
        } finally {
            if (cites != null) {
                cites.close();
            }
            if (cms != null) {
                cms.close();
            }
        }
    }

    private void agree(String fault, PgStandbyPair servers, Api cites, Api cms, AckedLoad citesLoad,
                       AckedLoad cmsLoad) throws Exception {
        boolean equal = ChaosPair.await(() -> {
            try {
                return cites.json("/api/ledger/heads").equals(cms.json("/api/ledger/heads"));
            } catch (Exception notNow) {
                return false;
            }
        }, 180);
        chaos.check(fault, "heads equal after the load", equal,
                cites.json("/api/ledger/heads") + " / " + cms.json("/api/ledger/heads"));
        Set<String> citesAcked = citesLoad.acked();
        Set<String> cmsAcked = cmsLoad.acked();
        long[] stored;
        try (Connection promoted = PgStandbyPair.connect(servers.standbyPort, CITES_DB)) {
            stored = new long[]{ChaosPair.eventsOf(promoted, citesAcked), ChaosPair.eventsOf(CMS_DB, citesAcked),
                    ChaosPair.eventsOf(promoted, cmsAcked), ChaosPair.eventsOf(CMS_DB, cmsAcked)};
        }
        chaos.check(fault, "every acknowledged command stored once, on both nodes",
                stored[0] == citesAcked.size() && stored[1] == citesAcked.size() && stored[2] == cmsAcked.size()
                        && stored[3] == cmsAcked.size() && !citesAcked.isEmpty(),
                String.format("CITES: %s; stored %,d at CITES (the promoted standby), %,d at CMS. CMS: %s; stored "
                        + "%,d at CITES, %,d at CMS", citesLoad.summary(), stored[0], stored[1], cmsLoad.summary(),
                        stored[2], stored[3]));
        JsonNode a = cites.json("/api/audit/verification");
        JsonNode b = cms.json("/api/audit/verification");
        chaos.check(fault, "both nodes verify, with the same heads and hashes", !"FAILED".equals(a.get("verdict")
                .asText()) && !"FAILED".equals(b.get("verdict").asText()) && Chaos.heads(a).equals(Chaos.heads(b)),
                "CITES " + Chaos.heads(a) + ", CMS " + Chaos.heads(b));
    }
}
