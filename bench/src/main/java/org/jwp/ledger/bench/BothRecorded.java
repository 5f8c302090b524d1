package org.jwp.ledger.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;

/**
 * The checks after a fault while both nodes recorded and followed each other: equal heads once the load is over,
 * every command either node acknowledged stored once in each node's database, and both ledgers verifying with the
 * same heads and hashes.
 */
final class BothRecorded {

    /** Where a node's database is now (after a failover, not where it was). */
    interface Database {
        Connection connect() throws SQLException;
    }

    private BothRecorded() {
    }

    static void check(Chaos chaos, String fault, Api cites, Api cms, AckedLoad citesLoad, AckedLoad cmsLoad,
                      Database citesDb, Database cmsDb) throws Exception {
        boolean equal = ChaosPair.await(() -> {
            try {
                return cites.json("/api/ledger/heads").equals(cms.json("/api/ledger/heads"));
            } catch (Exception notNow) {
                return false;
            }
        }, 180);
        chaos.check(fault, "heads equal after the load (CMS went on receiving)", equal,
                cites.json("/api/ledger/heads") + " / " + cms.json("/api/ledger/heads"));
        Set<String> citesAcked = citesLoad.acked();
        Set<String> cmsAcked = cmsLoad.acked();
        long[] stored;
        try (Connection c = citesDb.connect(); Connection m = cmsDb.connect()) {
            stored = new long[]{ChaosPair.eventsOf(c, citesAcked), ChaosPair.eventsOf(m, citesAcked),
                    ChaosPair.eventsOf(c, cmsAcked), ChaosPair.eventsOf(m, cmsAcked)};
        }
        chaos.check(fault, "every acknowledged command stored once, on both nodes",
                stored[0] == citesAcked.size() && stored[1] == citesAcked.size() && stored[2] == cmsAcked.size()
                        && stored[3] == cmsAcked.size() && !citesAcked.isEmpty(),
                String.format("CITES: %s; stored %,d at CITES, %,d at CMS. CMS: %s; stored %,d at CITES, %,d at "
                        + "CMS", citesLoad.summary(), stored[0], stored[1], cmsLoad.summary(), stored[2], stored[3]));
        JsonNode a = cites.json("/api/audit/verification");
        JsonNode b = cms.json("/api/audit/verification");
        chaos.check(fault, "both nodes verify, with the same heads and hashes", !"FAILED".equals(a.get("verdict")
                .asText()) && !"FAILED".equals(b.get("verdict").asText()) && Chaos.heads(a).equals(Chaos.heads(b)),
                "CITES " + Chaos.heads(a) + ", CMS " + Chaos.heads(b));
    }
}
