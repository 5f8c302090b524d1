package org.jwp.ledger.node.support;

import org.junit.jupiter.api.Test;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.node.ledger.NodeIdentity;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** What every packaged node must do; cites-node and cms-node each run it with their own main class and port. */
public abstract class PackagedNodeContract {

    protected abstract Secretariat secretariat();

    protected abstract String defaultPort();

    /** Starts the packaged application's main entry with these arguments. */
    protected abstract ConfigurableApplicationContext start(String... args);

    @Test
    void theNodeKeepsItsIdentityWhateverItsSettingsSayAndAnswersTheApi() {
        Secretariat other = secretariat() == Secretariat.CITES ? Secretariat.CMS : Secretariat.CITES;
        try (ConfigurableApplicationContext node = start("--ledger.secretariat=" + other, "--server.port=0",
                "--spring.datasource.url=" + TestDatabases.newDatabase(), "--spring.datasource.username=postgres",
                "--spring.datasource.password=", "--ledger.signing-key-file=" + TestKeys.privateKeyFile(secretariat()),
                "--ledger.users-file=" + TestUsers.file())) {
            assertThat(node.getBean(NodeIdentity.class).secretariat()).isEqualTo(secretariat());
            int port = ((ServletWebServerApplicationContext) node).getWebServer().getPort();
            Http http = new Http("http://127.0.0.1:" + port, "smoke");
            assertThat(http.get("/api/commitments").status()).isEqualTo(200);
            assertThat(http.get("/actuator/health").json().get("status").asText()).isEqualTo("UP");
            assertThat(http.get("/v3/api-docs").json().at("/paths").has("/api/consultations")).isTrue();
        }
    }

    @Test
    void itDeclaresItsIdentityAndDefaultPort() throws IOException {
        Properties defaults = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            defaults.load(in);
        }
        assertThat(defaults.getProperty("server.port")).isEqualTo(defaultPort());
        assertThat(defaults.getProperty("ledger.secretariat")).isEqualTo(secretariat().name());
    }
}
