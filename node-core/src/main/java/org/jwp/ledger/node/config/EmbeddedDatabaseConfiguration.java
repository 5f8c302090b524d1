package org.jwp.ledger.node.config;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jwp.ledger.node.ledger.NodeIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * With no {@code SPRING_DATASOURCE_URL}, a node runs its own PostgreSQL (real 15.x binaries, unpacked locally) with
 * its data under {@code LEDGER_DATA_DIR/postgres}, so a restart keeps the history. It is the default a secretariat
 * gets from one command, so it is run to keep data in (docs/security.md, finding 5): every commit flushed to disk
 * ({@code fsync}, {@code synchronous_commit}, full page writes on, where the embedding library turns them off for
 * speed), listening on the loopback interface only, and a password ({@link EmbeddedPassword}) instead of trusting
 * every local user.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "spring.datasource.url", havingValue = "embedded", matchIfMissing = true)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean
    EmbeddedPassword embeddedPassword(NodeIdentity identity) {
        return EmbeddedPassword.in(identity.dataDir());
    }

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(NodeIdentity identity, EmbeddedPassword password) {
        Path dir = identity.dataDir().resolve("postgres").toAbsolutePath();
        try {
            Files.createDirectories(dir);
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("listen_addresses", "localhost")
                    .setConnectConfig("password", password.value())
                    // Stopped by Spring (destroyMethod) after everything that uses it, not by a JVM hook of its
                    // own racing Spring's: a database gone first left the projections waiting 30 s for a
                    // connection on every stop (./ledger demo's Ctrl-C, seen in CI).
                    .setRegisterShutdownHook(false)
                    .start();
            password.enforce(pg);
            log.warn("No SPRING_DATASOURCE_URL: running embedded PostgreSQL on localhost:{} with data in {} "
                    + "(password in {})", pg.getPort(), dir, password.file());
            return pg;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL in " + dir, e);
        }
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres pg, EmbeddedPassword password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(pg.getJdbcUrl("postgres", "postgres"));
        config.setPassword(password.value());
        config.setMaximumPoolSize(10);
        config.setPoolName("ledger-embedded");
        return new HikariDataSource(config);
    }
}
