package org.jwp.ledger.bench.vanilla;

import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.PostgresEventTableFactory;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.PostgresTokenTableFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The baseline a team would build without this project's ledger machinery: Spring Boot and Axon 4.13 with Axon's own
 * JDBC event store on the same PostgreSQL (bytea, Jackson), recording the same event from the same HTTP request,
 * clients signed in by a bearer token looked up by its SHA-256, and one tracking projection of the results; no
 * per-origin sequence, chain, signatures or replication. Started by the harness as its own process.
 */
@SpringBootApplication
public class VanillaAxon {

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(VanillaAxon.class);
        app.setDefaultProperties(java.util.Map.of(
                "axon.axonserver.enabled", "false", "axon.update-check.disabled", "true",
                "axon.serializer.general", "jackson", "axon.serializer.events", "jackson",
                "spring.flyway.enabled", "false", "spring.main.banner-mode", "off",
                // The bench jar carries the node's libraries; the baseline uses none of its sign-in.
                "spring.autoconfigure.exclude", String.join(",",
                        "org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration",
                        "org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration",
                        "org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration",
                        "org.springframework.boot.actuate.autoconfigure.security.servlet."
                                + "ManagementWebSecurityAutoConfiguration")));
        app.run(args);
    }

    /**
     * Axon's own tables, as its Postgres factory makes them, and the projection's: made once every bean exists and
     * before the event processors start (they read the token table as they start).
     */
    @Bean
    SmartInitializingSingleton schema(EventStorageEngine engine, TokenStore tokens, JdbcTemplate jdbc) {
        return () -> {
            ((JdbcEventStorageEngine) engine).createSchema(PostgresEventTableFactory.INSTANCE);
            ((JdbcTokenStore) tokens).createSchema(PostgresTokenTableFactory.INSTANCE);
            jdbc.execute("create table if not exists vanilla_result (result_id varchar(80) primary key, "
                    + "programme varchar(20), year int, text text)");
        };
    }
}
