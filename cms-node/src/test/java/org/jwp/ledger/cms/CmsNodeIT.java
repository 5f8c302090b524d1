package org.jwp.ledger.cms;

import org.junit.jupiter.api.Test;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.node.ledger.NodeIdentity;
import org.jwp.ledger.node.support.Http;
import org.jwp.ledger.node.support.TestDatabases;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** The packaged CMS node: its identity is fixed, whatever it is told, and it serves the ledger API. */
class CmsNodeIT {

    @Test
    void theNodeIsCmsWhateverItsSettingsSayAndAnswersTheApi() {
        try (ConfigurableApplicationContext node = CmsNode.start("--ledger.secretariat=CITES",
                "--server.port=0", "--spring.datasource.url=" + TestDatabases.newDatabase(),
                "--spring.datasource.username=postgres", "--spring.datasource.password=")) {
            assertThat(node.getBean(NodeIdentity.class).secretariat()).isEqualTo(Secretariat.CMS);
            int port = ((ServletWebServerApplicationContext) node).getWebServer().getPort();
            Http http = new Http("http://127.0.0.1:" + port, "smoke");
            assertThat(http.get("/api/commitments").status()).isEqualTo(200);
            assertThat(http.get("/actuator/health").json().get("status").asText()).isEqualTo("UP");
            assertThat(http.get("/v3/api-docs").json().at("/paths").has("/api/consultations")).isTrue();
        }
    }

    @Test
    void itListensOnPort8082ByDefault() throws IOException {
        Properties defaults = new Properties();
        try (InputStream in = CmsNodeIT.class.getResourceAsStream("/application.properties")) {
            defaults.load(in);
        }
        assertThat(defaults.getProperty("server.port")).isEqualTo("8082");
        assertThat(defaults.getProperty("ledger.secretariat")).isEqualTo("CMS");
    }
}
