package org.jwp.ledger.node.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/** One secretariat's staff member at their own node's API, as the demo history drives it. */
final class DemoClient {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final ObjectMapper JSON = new ObjectMapper();

    private final String name;
    private final String baseUrl;
    private final String authorization;
    private final Progress progress;

    /** Signs in to the node's API with HTTP Basic as {@code user}; says each step it records to {@code progress}. */
    DemoClient(String name, String baseUrl, String user, String password, Progress progress) {
        this.name = name;
        this.progress = progress;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.authorization = "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    static ObjectNode body() {
        return JSON.createObjectNode();
    }

    /** Records a new item; answers its id. */
    String create(String path, ObjectNode body) {
        return create(path, body, java.util.Set.of());
    }

    /**
     * As {@link #create(String, ObjectNode)}, noting as assumed those of the given fields the body gives (the
     * {@code Ledger-Assumed} header, docs/api.md).
     */
    String create(String path, ObjectNode body, java.util.Set<String> assumed) {
        return post(path, body, 201, assumed).get("id").asText();
    }

    void step(String path, ObjectNode body) {
        step(path, body, java.util.Set.of());
    }

    void step(String path, ObjectNode body, java.util.Set<String> assumed) {
        post(path, body, 200, assumed);
    }

    JsonNode get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET(), 200);
    }

    /** Waits until an item recorded on the other node has reached this one by replication. */
    void awaitItem(String id, String status) {
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/commitments/"
                        + id)).header("Authorization", authorization).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && status.equals(JSON.readTree(r.body()).get("status").asText())) {
                    return;
                }
                Thread.sleep(100);
            } catch (IOException e) {
                throw new IllegalStateException(name + " cannot be reached: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException(id + " did not reach " + name + " as " + status
                + " within a minute: is replication running?");
    }

    private JsonNode post(String path, ObjectNode body, int expected, java.util.Set<String> assumed) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        String named = String.join(", ", assumed.stream().filter(body::has).sorted().toList());
        if (!named.isEmpty()) {
            request.header("Ledger-Assumed", named);
        }
        JsonNode answer = send(request, expected);
        progress.recorded(name, path, answer.hasNonNull("id") ? answer.get("id").asText() : null);
        return answer;
    }

    private JsonNode send(HttpRequest.Builder request, int expected) {
        try {
            HttpResponse<String> r = HTTP.send(request.header("Authorization", authorization)
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != expected) {
                throw new IllegalStateException(name + " answered " + r.statusCode() + " to "
                        + r.request().uri() + ": " + r.body());
            }
            return r.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(r.body());
        } catch (IOException e) {
            throw new IllegalStateException(name + " cannot be reached: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
