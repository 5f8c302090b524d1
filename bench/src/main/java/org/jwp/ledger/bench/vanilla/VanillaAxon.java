package org.jwp.ledger.bench.vanilla;

import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.PostgresEventTableFactory;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.PostgresTokenTableFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The baseline a team would build without this project's ledger machinery: Spring Boot and Axon 4.13 with Axon's own
 * JDBC event store on the same PostgreSQL (bytea, Jackson), recording the same event from the same HTTP request; no
 * per-origin sequence, chain, signatures, replication or sign-in. Started by the harness as its own process.
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

    /** Axon's own tables, as its Postgres factory makes them. */
    @Bean
    ApplicationRunner schema(EventStorageEngine engine, TokenStore tokens) {
        return args -> {
            ((JdbcEventStorageEngine) engine).createSchema(PostgresEventTableFactory.INSTANCE);
            ((JdbcTokenStore) tokens).createSchema(PostgresTokenTableFactory.INSTANCE);
        };
    }
}
