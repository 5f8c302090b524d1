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
import java.util.Collections;
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
        assertThat(nodes).containsOnlyKeys("cites-node", "cms-node");

        nodes.forEach((service, variables) -> variables.forEach((name, value) ->
                assertThat(boundBy(name, value, known))
                        .as("%s sets %s, which no property of the node binds", service, name)
                        .isNotEmpty()));
    }

    @Test
    void anUnboundVariableIsCaught() throws IOException {
        assertThat(boundBy("SPRING_DATASOURCE_URI", "jdbc:postgresql://x/ledger", knownProperties())).isEmpty();
        assertThat(boundBy("LEDGER_DATA_DIR", "/data", knownProperties())).contains("ledger.data-dir");
    }

    /** The properties, among those the node declares, that take their value from this one variable. */
    private static Set<String> boundBy(String variable, String value, Set<String> known) {
        StandardEnvironment env = new StandardEnvironment();
        MutablePropertySources sources = env.getPropertySources();
        sources.forEach(s -> sources.remove(s.getName()));
        sources.addFirst(new SystemEnvironmentPropertySource("compose", Map.of(variable, value)));
        ConfigurationPropertySources.attach(env);
        Binder binder = Binder.get(env);
        Set<String> bound = new TreeSet<>();
        for (String property : known) {
            if (binder.bind(property, String.class).map(value::equals).orElse(false)) {
                bound.add(property);
            }
        }
        return bound;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, String>> nodeEnvironments() throws IOException {
        Path compose = Path.of("..", "docker-compose.yml");
        Map<String, Object> doc;
        try (InputStream in = Files.newInputStream(compose)) {
            doc = new Yaml().load(in);
        }
        Map<String, Map<String, String>> nodes = new LinkedHashMap<>();
        ((Map<String, Map<String, Object>>) doc.get("services")).forEach((name, service) -> {
            if (name.endsWith("-node")) {
                Map<String, Object> env = (Map<String, Object>) service.getOrDefault("environment",
                        Collections.emptyMap());
                Map<String, String> values = new LinkedHashMap<>();
                env.forEach((k, v) -> values.put(k, String.valueOf(v)));
                nodes.put(name, values);
            }
        });
        return nodes;
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
                    properties.forEach(p -> names.add(p.get("name").asText()));
                }
            }
        }
        assertThat(names).contains("server.port", "spring.datasource.url", "ledger.secretariat");
        return names;
    }
}
