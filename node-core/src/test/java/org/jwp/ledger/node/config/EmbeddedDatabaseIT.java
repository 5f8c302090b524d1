package org.jwp.ledger.node.config;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.node.support.RunningNode;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Finding 5 of docs/security.md: the embedded PostgreSQL that {@code ./ledger demo} and a one-command install run is
 * safe to keep data in — every commit flushed to disk, loopback only, and a password in an owner-only file instead
 * of trusting every local user — and it starts again on its own data with that password.
 */
class EmbeddedDatabaseIT {

    @Test
    void theEmbeddedDatabaseFlushesEveryCommitListensOnLoopbackAndNeedsItsPassword() throws Exception {
        Path dataDir = Files.createTempDirectory("ledger-embedded");
        String[] args = {"--ledger.data-dir=" + dataDir};
        RunningNode node = RunningNode.start(Secretariat.CITES, "embedded", new Class<?>[0], args).awaitWritable();
        int port;
        try {
            assertThat(node.recordResult(1).status()).isEqualTo(201);
            assertThat(node.jdbc().queryForObject("show fsync", String.class)).isEqualTo("on");
            assertThat(node.jdbc().queryForObject("show synchronous_commit", String.class)).isEqualTo("on");
            assertThat(node.jdbc().queryForObject("show full_page_writes", String.class)).isEqualTo("on");
            assertThat(node.jdbc().queryForObject("show listen_addresses", String.class)).isEqualTo("localhost");
            port = node.bean(EmbeddedPostgres.class).getPort();
        } finally {
            node.close();
        }
        Path password = dataDir.resolve("postgres.password");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(password))).isEqualTo("rw-------");

        RunningNode again = RunningNode.start(Secretariat.CITES, "embedded", new Class<?>[0], args).awaitWritable();
        try {
            assertThat(again.eventCount()).as("the history kept").isEqualTo(1);
            int portAgain = again.bean(EmbeddedPostgres.class).getPort();
            String url = "jdbc:postgresql://localhost:" + portAgain + "/postgres";
            assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("password");
            assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "guess"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
            try (var c = DriverManager.getConnection(url, "postgres", Files.readString(password).strip())) {
                assertThat(c.isValid(5)).isTrue();
            }
        } finally {
            again.close();
        }
        assertThat(port).isPositive();
    }
}
