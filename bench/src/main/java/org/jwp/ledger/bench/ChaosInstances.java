package org.jwp.ledger.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Two instances of the CITES node on one database behind HAProxy, under recording load through it; the CMS node
 * follows CITES through HAProxy too, and records as well. The instance holding the duties (following CMS, signing
 * CITES's checkpoints) is killed with SIGKILL: the other must take both within 10 s, CMS must go on receiving, and
 * nothing acknowledged may be lost or stored twice, on either node.
 */
final class ChaosInstances {

    private static final String CITES_DB = "chaos_cites_instances";
    private static final String CMS_DB = "chaos_cms_instances";
    private static final List<String> DUTIES = List.of("follower:CMS", "checkpoint-signer");

    private final Chaos chaos;
    private final Setup setup;
    private final Chaos.Durations durations;

    ChaosInstances(Chaos chaos, Setup setup, Chaos.Durations durations) {
        this.chaos = chaos;
        this.setup = setup;
        this.durations = durations;
    }

    void run() throws Exception {
        String fault = "kill -9 the CITES instance holding the duties (two instances behind HAProxy)";
        Pg.recreate(CITES_DB);
        Pg.recreate(CMS_DB);
        int[] ports = {Setup.freePort(), Setup.freePort()};
        int cmsPort = Setup.freePort();
        Proc[] instances = new Proc[2];
        Proc cms = null;
        try (Haproxy proxy = Haproxy.start(setup.work, Setup.freePort(), List.of(ports[0], ports[1]))) {
            Api cites = setup.api(proxy.port);
            cms = setup.start("cms", CMS_DB, cmsPort, proxy.port);
            instances[0] = setup.start("cites", CITES_DB, ports[0], cmsPort);
            instances[0].awaitHealthy(setup.api(ports[0]));
            cms.awaitHealthy(setup.api(cmsPort));
            // The second instance starts while the first records and CMS follows: its start-up comparison meets a
            // peer that holds events the first instance stored after the second read its head. Paced meanwhile: on
            // two cores a node took minutes to start beside eight clients recording as fast as they could.
            AckedLoad citesLoad = new AckedLoad(cites, 8, 40);
            AckedLoad cmsLoad = new AckedLoad(setup.api(cmsPort), 2, 20);
            instances[1] = setup.node("cites", CITES_DB, ports[1], cmsPort);
            citesLoad.unpace();
            JsonNode started = setup.api(ports[1]).json("/api/audit/recovery");
            chaos.check("a second CITES instance started under load", "it records, having recovered and held "
                    + "nothing", "OPEN".equals(started.get("writes").asText()) && started.get("recoveries").isEmpty()
                    && started.get("unproven").isEmpty(), started.toString());
            if (!ChaosPair.await(() -> holders(cites).keySet().containsAll(DUTIES), 30)) {
                chaos.check(fault, "the duties are held", false, holders(cites).toString());
                return;
            }
            Thread.sleep(durations.load().toMillis());
            String holder = holders(cites).get("follower:CMS");
            int victim = instanceOf(setup.api(ports[0])).equals(holder) ? 0 : 1;
            Api survivor = setup.api(ports[1 - victim]);
            String survivorId = instanceOf(survivor);
            Map<String, String> before = holders(cites);
            instances[victim].kill();
            long t0 = System.nanoTime();
            chaos.injected(fault + " (" + before + ")");
            boolean taken = ChaosPair.await(() -> DUTIES.stream().allMatch(d -> survivorId.equals(holders(survivor)
                    .get(d))), 30);
            double seconds = (System.nanoTime() - t0) / 1e9;
            chaos.check(fault, "the other instance took the follower's and the signer's duties within 10 s",
                    taken && seconds <= 10, String.format("%.1f s; held now: %s", seconds, holders(survivor)));
            Thread.sleep(durations.load().toMillis());
            citesLoad.close();
            cmsLoad.close();
            BothRecorded.check(chaos, fault, cites, setup.api(cmsPort), citesLoad, cmsLoad,
                    () -> Pg.connect(CITES_DB), () -> Pg.connect(CMS_DB));
        } finally {
            for (Proc p : instances) {
                if (p != null) {
                    p.close();
                }
            }
            if (cms != null) {
                cms.close();
            }
        }
    }

    /** Duty to the instance holding it now (live claims only), as the node behind {@code api} reads them. */
    private static Map<String, String> holders(Api api) {
        Map<String, String> holders = new HashMap<>();
        try {
            for (JsonNode c : api.json("/api/replication/duties").get("claims")) {
                if (c.get("live").asBoolean()) {
                    holders.put(c.get("duty").asText(), c.get("holder").asText());
                }
            }
        } catch (Exception notNow) {
            // the instance is starting or gone: nothing known from it now
        }
        return holders;
    }

    private static String instanceOf(Api api) throws Exception {
        return api.json("/api/replication/duties").get("thisInstance").asText();
    }
}
