package org.jwp.ledger.node.config;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.jwp.ledger.format.ChainHash;
import org.jwp.ledger.format.Envelope;
import org.jwp.ledger.format.LedgerFormatDocTest;
import org.jwp.ledger.format.StoredEvent;
import org.jwp.ledger.node.support.TestDatabases;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chain step is written twice, in Java (ledger-format's ChainHash, which every verifier runs) and in SQL (the
 * append trigger, R__ledger_append.sql, which links every event as it is stored). Both must give the worked example's
 * hashes of docs/ledger-format.md §7, on a database made by the migrations alone.
 */
class AppendTriggerVectorsIT {

    @Test
    void theStoresTriggerLinksTheWorkedExampleIntoTheDocumentsChain() throws Exception {
        String url = TestDatabases.newDatabase();
        Flyway flyway = Flyway.configure().dataSource(url, "postgres", null).locations("classpath:db/migration")
                .load();
        flyway.migrate();
        assertThat(Stream.of(flyway.info().applied()).map(MigrationInfo::getDescription))
                .as("the repeatable migration holds the trigger's current body").contains("ledger append");

        List<StoredEvent> example = LedgerFormatDocTest.exampleChain();
        List<String> stored = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, "postgres", null)) {
            for (StoredEvent e : example) {
                insert(c, e);
            }
            try (ResultSet rs = c.createStatement().executeQuery(
                    "select hash from ledger_chain where origin = 'CITES' order by sequence")) {
                while (rs.next()) {
                    stored.add(rs.getString(1));
                }
            }
        }

        Map<String, String> doc = LedgerFormatDocTest.vectors(Files.readString(LedgerFormatDocTest.DOC));
        List<String> java = new ArrayList<>();
        String hash = ChainHash.GENESIS;
        for (StoredEvent e : example) {
            hash = ChainHash.next(hash, Envelope.canonical(e));
            java.add(hash);
        }
        assertThat(stored).as("the trigger's hashes").containsExactly(doc.get("hash[1]"), doc.get("hash[2]"),
                doc.get("hash[3]"));
        assertThat(java).as("ledger-format's hashes").isEqualTo(stored);
    }

    /** As ChainLinkingAppend inserts a local event: its envelope split around the sequence the trigger assigns. */
    private static void insert(Connection c, StoredEvent e) throws Exception {
        Envelope.Split split = Envelope.aroundSequence(new StoredEvent(e.origin(), 0, e.eventId(), e.aggregateId(),
                e.aggregateSequence(), e.aggregateType(), e.timestamp(), e.payloadType(), e.payloadRevision(),
                e.payload(), e.metadata(), null));
        try (PreparedStatement s = c.prepareStatement("""
                insert into domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                                                time_stamp, payload_type, payload_revision, payload, meta_data,
                                                chain_prefix, chain_suffix)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            s.setString(1, e.eventId());
            s.setString(2, e.aggregateId());
            s.setLong(3, e.aggregateSequence());
            s.setString(4, e.aggregateType());
            s.setString(5, e.timestamp());
            s.setString(6, e.payloadType());
            s.setString(7, e.payloadRevision());
            s.setBytes(8, e.payload());
            s.setBytes(9, e.metadata());
            s.setBytes(10, split.before());
            s.setBytes(11, split.after());
            s.executeUpdate();
        }
    }
}
