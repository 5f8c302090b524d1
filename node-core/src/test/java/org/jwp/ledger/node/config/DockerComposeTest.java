package org.jwp.ledger.node.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every variable docker-compose.yml sets for a node must be one the node binds: a typo there would otherwise be
 * ignored silently and the node would start on its defaults (e.g. an embedded database instead of the server).
 */
class DockerComposeTest {

    @Test
    void everyVariableSetForANodeIsBoundByTheNode() throws IOException {
        Map<String, Map<String, String>> nodes = nodeEnvironments();
        Set<String> known = knownProperties();
        assertThat(nodes).containsOnlyKeys("cites-node-1", "cites-node-2", "cms-node-1", "cms-node-2");

        nodes.forEach((service, variables) -> variables.forEach((name, value) ->
                assertThat(boundBy(name, value, known))
                        .as("%s sets %s, which no property of the node binds", service, name)
                        .isNotEmpty()));
    }

    @Test
    void eachNodeConnectsToWhicheverOfItsPrimaryAndStandbyIsThePrimary() throws IOException {
        Map<String, Map<String, String>> nodes = nodeEnvironments();
        Set<String> services = services().keySet();
        nodes.forEach((service, variables) -> {
            String db = service.substring(0, service.indexOf("-node")) + "-db";
            assertThat(variables.get("SPRING_DATASOURCE_URL")).as(service).isEqualTo("jdbc:postgresql://" + db
                    + ":5432," + db + "-standby:5432/ledger?targetServerType=primary");
            assertThat(services).contains(db, db + "-standby");
        });
        assertThat(Path.of("..", "deploy", "standby-entrypoint.sh")).exists();
        assertThat(Path.of("..", "deploy", "primary-init.sh")).exists();
    }

    @Test
    @SuppressWarnings("unchecked")
    void eachNodeBelievesForwardedHeadersOnlyFromItsOwnLoadBalancerWhichReplacesTheClients() throws IOException {
        Map<String, Map<String, String>> nodes = nodeEnvironments();
        Map<String, Map<String, Object>> services = services();
        nodes.forEach((service, variables) -> {
            String lb = service.substring(0, service.indexOf("-node")) + "-lb";
            Map<String, Object> network = (Map<String, Object>) ((Map<String, Object>) services.get(lb)
                    .get("networks")).get("default");
            assertThat(variables.get("LEDGER_TRUSTED_PROXIES")).as(service)
                    .isEqualTo(String.valueOf(network.get("ipv4_address")));
        });
        for (String cfg : new String[]{"haproxy-cites.cfg", "haproxy-cms.cfg"}) {
            assertThat(Files.readString(Path.of("..", "deploy", cfg))).as(cfg)
                    .contains("http-request del-header X-Forwarded-For", "http-request del-header X-Forwarded-Host",
                            "option forwardfor", "http-request set-header X-Forwarded-Host \"${LEDGER_PUBLIC_HOST}\"");
        }
    }

    @Test
    void anUnboundVariableIsCaught() throws IOException {
        assertThat(boundBy("SPRING_DATASOURCE_URI", "jdbc:postgresql://x/ledger", knownProperties())).isEmpty();
        assertThat(boundBy("LEDGER_DATA_DIR", "/data", knownProperties())).contains("ledger.data-dir");
        assertThat(boundBy("LEDGER_PEERS_0_URL", "http://cms-node:8082", knownProperties()))
                .contains("ledger.peers[].url");
        assertThat(boundBy("LEDGER_PEERS_0_TOKN", "secret-secret-secret", knownProperties())).isEmpty();
    }

    /** The properties, among those the node declares, that take their value from this one variable. */
    private static Set<String> boundBy(String variable, String value, Set<String> known) {
        StandardEnvironment env = new StandardEnvironment();
        MutablePropertySources sources = env.getPropertySources();
        sources.forEach(s -> sources.remove(s.getName()));
        sources.addFirst(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of(variable, value)));
        ConfigurationPropertySources.attach(env);
        Binder binder = Binder.get(env);
        Set<String> bound = new TreeSet<>();
        for (String property : known) {
            if (property.contains("[]")) {
                for (int i = 0; i < 10; i++) {
                    if (binder.bind(property.replace("[]", "[" + i + "]"), String.class).map(value::equals)
                            .orElse(false)) {
                        bound.add(property);
                    }
                }
            } else if (binder.bind(property, String.class).map(value::equals).orElse(false)) {
                bound.add(property);
            }
        }
        return bound;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> services() throws IOException {
        Path compose = Path.of("..", "docker-compose.yml");
        try (InputStream in = Files.newInputStream(compose)) {
            Map<String, Object> doc = new Yaml().load(in);
            return (Map<String, Map<String, Object>>) doc.get("services");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, String>> nodeEnvironments() throws IOException {
        Map<String, Map<String, String>> nodes = new LinkedHashMap<>();
        services().forEach((name, service) -> {
            if (name.matches(".+-node(-\\d+)?")) { // a node, or one instance of it
                Map<String, Object> env = (Map<String, Object>) service.getOrDefault("environment",
                        Collections.emptyMap());
                Map<String, String> values = new LinkedHashMap<>();
                env.forEach((k, v) -> values.put(k, interpolate(String.valueOf(v))));
                nodes.put(name, values);
            }
        });
        return nodes;
    }

    /**
     * What docker compose makes of {@code ${VARIABLE:-default}} when the variable is not set, and of a required
     * {@code ${VARIABLE:?message}} once the operator has set it.
     */
    private static String interpolate(String value) {
        return value.replaceAll("\\$\\{[A-Za-z_][A-Za-z0-9_]*:-([^}]*)}", "$1")
                .replaceAll("\\$\\{[A-Za-z_][A-Za-z0-9_]*:\\?[^}]*}", "value-set-by-the-operator");
    }

    /** Property names declared in the configuration metadata of the node's classpath (Spring Boot's and ours). */
    private static Set<String> knownProperties() throws IOException {
        Set<String> names = new TreeSet<>();
        ObjectMapper json = new ObjectMapper();
        for (String file : new String[]{"META-INF/spring-configuration-metadata.json",
                "META-INF/additional-spring-configuration-metadata.json"}) {
            for (URL url : Collections.list(DockerComposeTest.class.getClassLoader().getResources(file))) {
                try (InputStream in = url.openStream()) {
                    JsonNode properties = json.readTree(in).path("properties");
                    properties.forEach(p -> names.addAll(names(p)));
                }
            }
        }
        assertThat(names).contains("server.port", "spring.datasource.url", "ledger.secretariat",
                "ledger.peers[].token");
        return names;
    }

    /** A list of records is declared once; its elements' fields are the record's components. */
    private static List<String> names(JsonNode property) {
        String name = property.get("name").asText();
        String type = property.path("type").asText();
        if (type.startsWith("java.util.List<") && type.endsWith(">")) {
            try {
                Class<?> element = Class.forName(type.substring("java.util.List<".length(), type.length() - 1));
                if (element.isRecord()) {
                    return Arrays.stream(element.getRecordComponents())
                            .map(c -> name + "[]." + c.getName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase())
                            .toList();
                }
            } catch (ClassNotFoundException e) {
                return List.of(name);
            }
        }
        return List.of(name);
    }
}
