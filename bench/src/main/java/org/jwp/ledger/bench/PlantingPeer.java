package org.jwp.ledger.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.jwp.ledger.events.EventJson;
import org.jwp.ledger.format.StoredEvent;
import org.jwp.ledger.node.replication.CloudEventMapping;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * A hostile stand-in for CMS on a loopback port: every request is passed to the real CMS, but its answers to
 * {@code /feeds/yours} (the return feed a restarting node compares its chain with) gain one made-up event of the
 * caller's own origin after its head, and say they hold it.
 */
final class PlantingPeer implements AutoCloseable {

    private static final ObjectMapper JSON = EventJson.mapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final List<String> PASSED_ON = List.of("Content-Type", "Ledger-Held-Head", "Ledger-Held-Hash",
            "Ledger-Head", "Retry-After");

    private final HttpServer server;
    private final int cmsPort;
    private final StoredEvent planted;

    PlantingPeer(int cmsPort, StoredEvent planted) throws IOException {
        this.cmsPort = cmsPort;
        this.planted = planted;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        server.createContext("/", this::pass);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void pass(HttpExchange exchange) throws IOException {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + cmsPort
                    + exchange.getRequestURI())).timeout(Duration.ofSeconds(60));
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            if (auth != null) {
                request.header("Authorization", auth);
            }
            HttpResponse<byte[]> answer = HTTP.send(request.method(exchange.getRequestMethod(),
                    HttpRequest.BodyPublishers.ofByteArray(exchange.getRequestBody().readAllBytes())).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            byte[] body = answer.body();
            for (String name : PASSED_ON) {
                answer.headers().firstValue(name).ifPresent(v -> exchange.getResponseHeaders().set(name, v));
            }
            if (exchange.getRequestURI().getPath().equals("/feeds/yours") && answer.statusCode() == 200) {
                body = withPlanted(body);
                exchange.getResponseHeaders().set("Ledger-Held-Head", Long.toString(planted.sequence()));
                exchange.getResponseHeaders().set("Ledger-Held-Hash", planted.hash());
            }
            exchange.sendResponseHeaders(answer.statusCode(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                exchange.getResponseBody().write(body);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.sendResponseHeaders(503, -1);
        } catch (IOException e) {
            exchange.sendResponseHeaders(503, -1);
        } finally {
            exchange.close();
        }
    }

    /** The page as CMS answered it, plus the planted event where the page reaches the head it follows. */
    private byte[] withPlanted(byte[] page) throws IOException {
        JsonNode batch = JSON.readTree(page);
        List<StoredEvent> events = CloudEventMapping.fromBatch(batch);
        long last = events.isEmpty() ? -1 : events.get(events.size() - 1).sequence();
        boolean reachesHead = events.isEmpty() || last == planted.sequence() - 1;
        if (!reachesHead) {
            return page;
        }
        ArrayNode extended = (ArrayNode) batch;
        extended.addAll(CloudEventMapping.toBatch(List.of(planted), JSON));
        return JSON.writeValueAsBytes(extended);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
