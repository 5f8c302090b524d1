package org.jwp.ledger.node.replication;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jwp.ledger.events.EventJson;
import org.jwp.ledger.node.audit.Checkpoint;
import org.jwp.ledger.node.ledger.StoredEvent;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/** Pulls one page of a peer's feed. */
class FeedClient {

    record Page(List<StoredEvent> events, Long peerHead) {
    }

    /** The peer answered, but not with events: worth retrying (it may be restarting or misconfigured for a while). */
    static class PeerUnavailable extends IOException {
        PeerUnavailable(String message) {
            super(message);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = EventJson.mapper();

    Page fetch(Peer peer, String lastEventId, Duration wait) throws IOException, InterruptedException {
        StringBuilder uri = new StringBuilder(peer.url().toString().replaceAll("/+$", ""))
                .append("/feeds/ledger?timeout=").append(wait.toMillis());
        if (lastEventId != null) {
            uri.append("&lastEventId=").append(URLEncoder.encode(lastEventId, StandardCharsets.UTF_8));
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(uri.toString()))
                .header("Authorization", "Bearer " + peer.token())
                .header("Accept", CloudEventMapping.MEDIA_TYPE)
                .timeout(wait.plusSeconds(15))
                .GET().build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() == 400) {
            throw new MalformedFeed("the peer refused our cursor " + lastEventId + ": " + response.body());
        }
        if (response.statusCode() != 200) {
            throw new PeerUnavailable("the peer answered " + response.statusCode() + ": " + response.body());
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith(CloudEventMapping.MEDIA_TYPE)) {
            throw new MalformedFeed("the peer answered " + type + " instead of " + CloudEventMapping.MEDIA_TYPE);
        }
        List<StoredEvent> events;
        try {
            events = CloudEventMapping.fromBatch(json.readTree(response.body()));
        } catch (JsonProcessingException e) {
            throw new PeerUnavailable("the feed page could not be read as JSON (cut short?): "
                    + e.getOriginalMessage());
        }
        Long head = response.headers().firstValue(FeedController.HEAD_HEADER).map(Long::valueOf).orElse(null);
        return new Page(events, head);
    }

    List<Checkpoint> checkpoints(Peer peer, long after) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(peer.url().toString().replaceAll("/+$", "")
                        + "/feeds/checkpoints?after=" + after))
                .header("Authorization", "Bearer " + peer.token())
                .timeout(Duration.ofSeconds(15))
                .GET().build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() != 200) {
            throw new PeerUnavailable("the peer answered " + response.statusCode() + " for its checkpoints");
        }
        try {
            return List.of(json.readValue(response.body(), Checkpoint[].class));
        } catch (JsonProcessingException e) {
            throw new MalformedFeed("the peer's checkpoints are not readable: " + e.getOriginalMessage());
        }
    }

    /** Interruptible, so stopping the node does not wait for a long poll to end. */
    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        CompletableFuture<HttpResponse<String>> future = http.sendAsync(request,
                HttpResponse.BodyHandlers.ofString());
        try {
            return future.get();
        } catch (InterruptedException e) {
            future.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(e.getCause());
        }
    }
}
