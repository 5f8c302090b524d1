package org.jwp.ledger.bench;

/**
 * CITES on a PostgreSQL primary with a synchronous standby (its URL names both, {@code targetServerType=primary}),
 * CMS on the machine's server, the two following each other, both recording. The primary's server stops at once
 * under load and the standby is promoted: CITES must record again without being restarted, nothing it acknowledged
 * may be missing (the synchronous standby had it before the answer), and the two ledgers must agree. The clients'
 * longest wait for an acknowledgement after the crash is measured, not judged.
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
            // CITES's events are read where they are now: on the promoted standby.
            BothRecorded.check(chaos, fault, setup.api(citesPort), setup.api(cmsPort), citesLoad, cmsLoad,
                    () -> PgStandbyPair.connect(servers.standbyPort, CITES_DB), () -> Pg.connect(CMS_DB));
        } finally {
            if (cites != null) {
                cites.close();
            }
            if (cms != null) {
                cms.close();
            }
        }
    }
}
