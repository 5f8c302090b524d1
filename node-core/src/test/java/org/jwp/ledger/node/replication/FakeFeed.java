package org.jwp.ledger.node.replication;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * A peer's feed on a loopback port, for the tests of what a node refuses: it serves the pages it is given, one per
 * request, then empty batches, each after a short pause as a real long poll would (so the follower does not spin),
 * and whatever checkpoints it is told to.
 */
final class FakeFeed implements AutoCloseable {

    private final HttpServer server;
    private final Deque<String> pages = new ArrayDeque<>();
    private volatile String checkpoints = "[]";
    private volatile String feedType = CloudEventMapping.MEDIA_TYPE;

    FakeFeed() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/feeds/ledger", exchange -> answer(exchange, feedType, nextPage()));
        server.createContext("/feeds/checkpoints", exchange -> answer(exchange, "application/json", checkpoints));
        server.start();
    }

    FakeFeed(List<String> pages) {
        this();
        serve(pages);
    }

    /** Pages to serve next, in order. */
    void serve(List<String> next) {
        synchronized (pages) {
            pages.addAll(next);
        }
    }

    /** The signed checkpoints the feed answers with from now on (a JSON array). */
    void checkpoints(String json) {
        checkpoints = json;
    }

    /** The content type the feed answers with from now on. */
    void feedType(String type) {
        feedType = type;
    }

    int port() {
        return server.getAddress().getPort();
    }

    private String nextPage() {
        String page;
        synchronized (pages) {
            page = pages.poll();
        }
        if (page != null) {
            return page;
        }
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "[]";
    }

    private static void answer(HttpExchange exchange, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
