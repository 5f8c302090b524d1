package org.jwp.ledger.node.audit;

import org.jwp.ledger.format.Envelope;
import org.jwp.ledger.format.ChainHash;
import com.fasterxml.jackson.databind.JsonNode;
import org.jwp.ledger.node.ledger.LedgerStore;
import org.jwp.ledger.format.StoredEvent;
import org.jwp.ledger.node.support.Http;
import org.jwp.ledger.node.support.NodePair;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Finding 3 of docs/security.md: a database superuser disables the ledger's triggers, changes one of this node's
 * event payloads, recomputes that origin's chain links from it and deletes the checkpoint covering it. The node must
 * notice by itself — against the checkpoints its own key signed, which its peer holds too — close writes, name the
 * first differing sequence, refuse replay, and sign nothing over the rewritten history.
 */
class SuperuserRewriteIT {

    private NodePair pair;

    @BeforeEach
    void fiveSignedEventsHeldByBothNodes() {
        pair = NodePair.start("--ledger.self-check-interval=PT1S");
        for (int i = 1; i <= 5; i++) {
            assertThat(pair.cites().recordResult(i).status()).isEqualTo(201);
            if (i == 2) { // a checkpoint right before the event rewritten: the last the superuser leaves in place
                pair.cites().signCheckpoint();
            }
        }
        pair.awaitConverged();
        pair.awaitVerified();
    }

    @AfterEach
    void stop() {
        pair.close();
    }

    @Test
    void aRewriteWhileTheNodeRunsClosesWritesNamesTheSequenceAndIsNeverSigned() {
        String rewrittenHead = rewriteEventThreeAsSuperuser(pair.cites().databaseUrl());

        JsonNode recovery = await().atMost(Duration.ofSeconds(30)).until(
                () -> pair.cites().http("auditor").get("/api/audit/recovery").json(),
                r -> "FAILED".equals(r.path("writes").asText()));

        assertThat(recovery.get("reason").asText()).contains("from sequence 3 on");
        assertThat(pair.cites().http("auditor").get("/actuator/health").json().get("status").asText())
                .isEqualTo("DOWN");
        assertThat(pair.cites().recordResult(6).status()).isEqualTo(503);
        assertThat(pair.cites().http("auditor").post("/api/audit/checkpoints", null).status()).isEqualTo(503);
        Http.Response replay = pair.cites().http("admin").post("/api/admin/replay", null);
        assertThat(replay.status()).isEqualTo(409);
        assertThat(replay.json().get("detail").asText()).contains("replay refused");
        assertThat(pair.cites().http("admin").get("/actuator/metrics/ledger.integrity.mismatches").json()
                .at("/measurements/0/value").asDouble()).isGreaterThanOrEqualTo(1.0);
        for (var node : new org.jwp.ledger.node.support.RunningNode[]{pair.cites(), pair.cms()}) {
            assertThat(node.jdbc().queryForObject("select count(*) from ledger_checkpoint where hash = ?",
                    Integer.class, rewrittenHead)).as("a checkpoint over the rewritten head").isZero();
        }
    }

    @Test
    void aRewriteWhileTheNodeWasStoppedKeepsWritesClosedFromItsStart() {
        String database = pair.cites().databaseUrl();
        pair.cites().close();
        String rewrittenHead = rewriteEventThreeAsSuperuser(database);

        pair.startCitesWithPeerAt(pair.cmsPort());

        JsonNode recovery = await().atMost(Duration.ofSeconds(60)).until(
                () -> pair.cites().http("auditor").get("/api/audit/recovery").json(),
                r -> "FAILED".equals(r.path("writes").asText()));
        assertThat(recovery.get("reason").asText()).contains("CITES").contains("from sequence 3 on");
        assertThat(pair.cites().recordResult(6).status()).isEqualTo(503);
        assertThat(pair.cites().jdbc().queryForObject("select count(*) from ledger_checkpoint where hash = ?",
                Integer.class, rewrittenHead)).isZero();
    }

    @Test
    void aRewriteFoundAtARestartWithThePeerUnreachableKeepsWritesClosedAndSurvivesTheNextRestart() {
        String database = pair.cites().databaseUrl();
        pair.cites().close();
        pair.cms().close(); // the peer's copies of CITES's checkpoints are out of reach: only the data folder remains
        String rewrittenHead = rewriteEventThreeAsSuperuser(database);
        int nobody = org.jwp.ledger.node.support.RunningNode.freePort();

        pair.startCitesWithPeerAt(nobody);

        JsonNode recovery = await().atMost(Duration.ofSeconds(60)).until(
                () -> pair.cites().http("auditor").get("/api/audit/recovery").json(),
                r -> "FAILED".equals(r.path("writes").asText()));
        assertThat(recovery.get("reason").asText()).contains("from sequence 3 on")
                .contains("as its data folder keeps it");
        assertThat(pair.cites().recordResult(6).status()).isEqualTo(503);
        assertNothingSignedOver(rewrittenHead);

        pair.cites().close();
        pair.startCitesWithPeerAt(nobody);

        assertThat(pair.cites().http("auditor").get("/api/audit/recovery").json().get("writes").asText())
                .as("FAILED from the start, before any comparison").isEqualTo("FAILED");
        assertThat(pair.cites().http("auditor").get("/api/audit/recovery").json().get("reason").asText())
                .contains("from sequence 3 on").contains("until an administrator");
        assertThat(pair.cites().recordResult(7).status()).isEqualTo(503);
        assertNothingSignedOver(rewrittenHead);
    }

    private void assertNothingSignedOver(String rewrittenHead) {
        assertThat(pair.cites().jdbc().queryForObject("select count(*) from ledger_checkpoint where hash = ?",
                Integer.class, rewrittenHead)).isZero();
        assertThat(pair.cites().jdbc().queryForObject("select coalesce(max(sequence), 0) from ledger_checkpoint "
                + "where origin = 'CITES'", Long.class)).as("no checkpoint at or after the rewrite").isLessThan(3);
    }

    /**
     * Done as the issue describes it, on a connection of its own, in one transaction as a careful attacker would: a
     * self-check running between the statements would see a half-done rewrite and (rightly) name another sequence.
     * Answers the rewritten head's hash.
     */
    private String rewriteEventThreeAsSuperuser(String databaseUrl) {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(databaseUrl, "postgres", "");
        return new TransactionTemplate(new DataSourceTransactionManager(dataSource))
                .execute(status -> rewrite(new JdbcTemplate(dataSource)));
    }

    private static String rewrite(JdbcTemplate superuser) {
        superuser.execute("alter table domain_event_entry disable trigger user");
        superuser.execute("alter table ledger_chain disable trigger user");
        superuser.execute("alter table ledger_checkpoint disable trigger user");
        superuser.update("update domain_event_entry set payload = convert_to(replace(convert_from(payload, 'UTF8'), "
                + "'Information exchange 3', 'Information exchange 9'), 'UTF8') where origin = 'CITES' "
                + "and origin_sequence = 3");
        String hash = superuser.queryForObject("select hash from ledger_chain where origin = 'CITES' and sequence = 2",
                String.class);
        for (long s = 3; s <= 5; s++) {
            StoredEvent e = superuser.query("select " + LedgerStore.COLUMNS + LedgerStore.FROM + "where e.origin = "
                    + "'CITES' and e.origin_sequence = ?", LedgerStore.ROW, s).get(0);
            hash = ChainHash.next(hash, Envelope.canonical(e));
            superuser.update("update ledger_chain set hash = ? where origin = 'CITES' and sequence = ?", hash, s);
        }
        superuser.update("delete from ledger_checkpoint where origin = 'CITES' and sequence >= 3");
        superuser.execute("alter table domain_event_entry enable trigger user");
        superuser.execute("alter table ledger_chain enable trigger user");
        superuser.execute("alter table ledger_checkpoint enable trigger user");
        return hash;
    }
}
