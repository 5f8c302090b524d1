package org.jwp.ledger.node.audit;

import org.jwp.ledger.format.Checkpoint;
import org.jwp.ledger.format.LedgerVerifier;
import org.jwp.ledger.format.Keys;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.node.ledger.LedgerStore;
import org.jwp.ledger.node.support.NodePair;
import org.jwp.ledger.node.support.RunningNode;
import org.jwp.ledger.node.support.TestKeys;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Someone with write access to a node's database changes history; verification names the origin and sequence.
 * Each tampering happens inside a transaction that is rolled back, so every case starts from the same good ledger.
 */
class TamperIT {

    private static NodePair pair;
    private static RunningNode cites;

    @BeforeAll
    static void aVerifiedLedgerOnBothNodes() {
        pair = NodePair.start();
        cites = pair.cites();
        for (int i = 1; i <= 10; i++) {
            cites.recordResult(i);
            pair.cms().recordResult(i);
        }
        pair.awaitConverged();
        cites.signCheckpoint();
        pair.cms().signCheckpoint();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(cites.jdbc().queryForObject(
                "select count(*) from ledger_checkpoint where origin = 'CMS' and sequence = 10", Integer.class))
                .isEqualTo(1));
        assertThat(verify(j -> { })).allMatch(LedgerVerifier.OriginReport::ok);
    }

    @AfterAll
    static void stop() {
        pair.close();
    }

    @Test
    void aPayloadByteChangedIsFoundAtItsSequence() {
        assertFirstFailure(j -> j.update("update domain_event_entry set payload = convert_to(replace(convert_from("
                + "payload, 'UTF8'), 'exchange 4', 'exchange X'), 'UTF8') where origin = 'CITES' "
                + "and origin_sequence = 4"), "CITES", 4, "hash mismatch");
    }

    @Test
    void aMetadataValueChangedIsFoundAtItsSequence() {
        assertFirstFailure(j -> j.update("update domain_event_entry set meta_data = convert_to(replace(convert_from("
                + "meta_data, 'UTF8'), '\"officer\"', '\"mallory\"'), 'UTF8') where origin = 'CITES' "
                + "and origin_sequence = 5"), "CITES", 5, "hash mismatch");
    }

    @Test
    void aDeletedEventIsFoundAtItsSequence() {
        assertFirstFailure(j -> j.update("delete from domain_event_entry where origin = 'CITES' "
                + "and origin_sequence = 6"), "CITES", 6, "missing");
    }

    @Test
    void twoSwappedEventsAreFoundAtTheFirst() {
        assertFirstFailure(j -> {
            j.update("update domain_event_entry set origin_sequence = -7 where origin = 'CITES' and origin_sequence = 7");
            j.update("update domain_event_entry set origin_sequence = 7 where origin = 'CITES' and origin_sequence = 8");
            j.update("update domain_event_entry set origin_sequence = 8 where origin = 'CITES' and origin_sequence = -7");
        }, "CITES", 7, "hash mismatch");
    }

    @Test
    void aTruncatedTailIsFound() {
        assertFirstFailure(j -> j.update("delete from domain_event_entry where origin = 'CITES' "
                + "and origin_sequence > 8"), "CITES", 9, "removed");
    }

    @Test
    void aReplacedCheckpointSignatureIsFound() {
        assertFirstFailure(j -> j.update("update ledger_checkpoint set signature = ? where origin = 'CITES' "
                        + "and sequence = 10", java.util.Base64.getEncoder().encodeToString(new byte[64])),
                "CITES", 10, "signature");
    }

    @Test
    void aCheckpointSignedByTheWrongKeyIsFound() {
        assertFirstFailure(j -> {
            Checkpoint real = j.query("select * from ledger_checkpoint where origin = 'CITES' and sequence = 10",
                    (rs, n) -> new Checkpoint("CITES", 10, rs.getString("hash"), rs.getString("signed_at"), "",
                            rs.getString("signature"))).get(0);
            String forged = Keys.sign(TestKeys.pair(Secretariat.CMS).getPrivate(), real.statement());
            j.update("update ledger_checkpoint set signature = ? where origin = 'CITES' and sequence = 10", forged);
        }, "CITES", 10, "signature");
    }

    @Test
    void aReplicatedEventAlteredOnTheReceivingNodeIsFound() {
        assertFirstFailure(j -> j.update("update domain_event_entry set payload = convert_to(replace(convert_from("
                + "payload, 'UTF8'), 'exchange 3', 'exchange 33'), 'UTF8') where origin = 'CMS' "
                + "and origin_sequence = 3"), "CMS", 3, "hash mismatch");
    }

    @Test
    void rewritingAnEventAndRecomputingEveryHashIsStillCaughtByTheSignedCheckpoint() {
        long firstCheckpointAfter = cites.jdbc().queryForObject("select min(sequence) from ledger_checkpoint "
                + "where origin = 'CITES' and sequence >= 2", Long.class);
        assertFirstFailure(j -> {
            j.update("update domain_event_entry set payload = convert_to(replace(convert_from(payload, 'UTF8'), "
                    + "'exchange 2', 'exchange Z'), 'UTF8') where origin = 'CITES' and origin_sequence = 2");
            ChainWriter chain = cites.bean(ChainWriter.class);
            for (long s = 2; s <= 10; s++) {
                var e = cites.bean(LedgerStore.class).after("CITES", s - 1, 1).get(0);
                j.update("update ledger_chain set hash = ? where origin = 'CITES' and sequence = ?", chain.hashOf(e), s);
            }
        }, "CITES", firstCheckpointAfter, "checkpoint");
    }

    private static void assertFirstFailure(Consumer<JdbcTemplate> tamper, String origin, long sequence,
                                           String reason) {
        List<LedgerVerifier.OriginReport> reports = verify(tamper);
        LedgerVerifier.Failure failure = reports.stream().filter(r -> r.origin().equals(origin)).findFirst()
                .orElseThrow().firstFailure();
        assertThat(failure).as("a failure for " + origin).isNotNull();
        assertThat(failure.origin()).isEqualTo(origin);
        assertThat(failure.sequence()).isEqualTo(sequence);
        assertThat(failure.reason()).contains(reason);
        assertThat(verify(j -> { })).as("the rollback restored the ledger").allMatch(LedgerVerifier.OriginReport::ok);
    }

    /** Tampers inside a transaction, verifies within it (same connection), rolls it all back. */
    private static List<LedgerVerifier.OriginReport> verify(Consumer<JdbcTemplate> tamper) {
        TransactionTemplate tx = new TransactionTemplate(cites.bean(PlatformTransactionManager.class));
        return tx.execute(status -> {
            JdbcTemplate jdbc = cites.jdbc();
            jdbc.execute("alter table domain_event_entry disable trigger domain_event_entry_append_only");
            jdbc.execute("alter table ledger_chain disable trigger ledger_chain_append_only");
            jdbc.execute("alter table ledger_checkpoint disable trigger ledger_checkpoint_append_only");
            tamper.accept(jdbc);
            List<LedgerVerifier.OriginReport> reports = cites.bean(Audit.class).verify();
            status.setRollbackOnly();
            return reports;
        });
    }
}
