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
 * its data under {@code LEDGER_DATA_DIR/postgres}, so a restart keeps the history. That is the demo's path; a
 * deployment points the node at a managed server instead.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "spring.datasource.url", havingValue = "embedded", matchIfMissing = true)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(NodeIdentity identity) {
        Path dir = identity.dataDir().resolve("postgres").toAbsolutePath();
        try {
            Files.createDirectories(dir);
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .start();
            log.warn("No SPRING_DATASOURCE_URL: running embedded PostgreSQL on port {} with data in {}",
                    pg.getPort(), dir);
            return pg;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL in " + dir, e);
        }
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres pg) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(pg.getJdbcUrl("postgres", "postgres"));
        config.setMaximumPoolSize(10);
        config.setPoolName("ledger-embedded");
        return new HikariDataSource(config);
    }
}
