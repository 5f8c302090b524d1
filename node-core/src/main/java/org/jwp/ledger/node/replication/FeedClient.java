package org.jwp.ledger.node.replication;

import org.jwp.ledger.node.peers.Peer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jwp.ledger.events.EventJson;
import org.jwp.ledger.format.Checkpoint;
import org.jwp.ledger.format.StoredEvent;

import java.io.IOException;
import java.io.InputStream;
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

    /** What a peer holds of this node's own chain: how far, its hash there, and a page of it. */
    record Held(List<StoredEvent> events, long head, String hash) {
    }

    private record Answer(int status, java.net.http.HttpHeaders headers, String body) {
    }

    /** The peer answered, but not with events: worth retrying (it may be restarting or misconfigured for a while). */
    static class PeerUnavailable extends IOException {
        PeerUnavailable(String message) {
            super(message);
        }
    }

    /** Events asked for per page; a peer sending more is not following the protocol. */
    static final int PAGE_LIMIT = 500;
    /** Bytes read of one page at most (500 events of the largest a contract allows fit well within): held in memory. */
    static final int MAX_PAGE_BYTES = 32 << 20;

    private final ObjectMapper json = EventJson.mapper();

    Page fetch(Peer peer, String lastEventId, Duration wait) throws IOException, InterruptedException {
        return fetch(peer, lastEventId, wait, null);
    }

    /** With {@code checkpointSeen}: the long poll ends at once if the peer has signed a checkpoint after that one. */
    Page fetch(Peer peer, String lastEventId, Duration wait, Long checkpointSeen)
            throws IOException, InterruptedException {
        StringBuilder uri = new StringBuilder(peer.url().toString().replaceAll("/+$", ""))
                .append("/feeds/ledger?limit=").append(PAGE_LIMIT).append("&timeout=").append(wait.toMillis());
        if (checkpointSeen != null) {
            uri.append("&checkpointSeen=").append(checkpointSeen);
        }
        if (lastEventId != null) {
            uri.append("&lastEventId=").append(URLEncoder.encode(lastEventId, StandardCharsets.UTF_8));
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(uri.toString()))
                .header("Authorization", "Bearer " + peer.token())
                .header("Accept", CloudEventMapping.MEDIA_TYPE)
                // The peer answers by the end of the long poll; its headers come once the page is built, which takes
                // milliseconds: 5 s of grace, after which the peer counts as silent.
                .timeout(wait.plusSeconds(5))
                .GET().build();
        Answer response = send(peer, request);
        if (response.status() == 400) {
            throw new MalformedFeed("the peer refused our cursor " + lastEventId + ": " + response.body());
        }
        Long head = response.headers().firstValue(FeedController.HEAD_HEADER).map(Long::valueOf).orElse(null);
        return new Page(events(response), head);
    }

    /** A page of this node's own events as {@code peer} holds them, after {@code after}. */
    Held yours(Peer peer, long after) throws IOException, InterruptedException {
        Answer response = send(peer, get(peer, "/feeds/yours?limit=" + PAGE_LIMIT + "&after=" + after));
        if (response.status() == 400) {
            throw new MalformedFeed("the peer refused to hand back our chain: " + response.body());
        }
        List<StoredEvent> events = events(response);
        long head = response.headers().firstValue(ReturnFeedController.HELD_HEAD).map(Long::valueOf)
                .orElseThrow(() -> new MalformedFeed("the peer did not say how far it holds our chain"));
        return new Held(events, head, response.headers().firstValue(ReturnFeedController.HELD_HASH).orElse(null));
    }

    /** This node's own signed checkpoints as {@code peer} received them. */
    List<Checkpoint> yourCheckpoints(Peer peer, long after) throws IOException, InterruptedException {
        return checkpointList(send(peer, get(peer, "/feeds/yours/checkpoints?after=" + after)));
    }

    private List<StoredEvent> events(Answer response) throws PeerUnavailable {
        if (response.status() != 200) {
            throw new PeerUnavailable("the peer answered " + response.status() + ": " + response.body());
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
        if (events.size() > PAGE_LIMIT) {
            throw new MalformedFeed("the peer sent " + events.size() + " events where at most " + PAGE_LIMIT
                    + " were asked for");
        }
        return events;
    }

    List<Checkpoint> checkpoints(Peer peer, long after) throws IOException, InterruptedException {
        return checkpointList(send(peer, get(peer, "/feeds/checkpoints?after=" + after)));
    }

    private List<Checkpoint> checkpointList(Answer response) throws PeerUnavailable {
        if (response.status() != 200) {
            throw new PeerUnavailable("the peer answered " + response.status() + " for its checkpoints");
        }
        try {
            return List.of(json.readValue(response.body(), Checkpoint[].class));
        } catch (JsonProcessingException e) {
            throw new MalformedFeed("the peer's checkpoints are not readable: " + e.getOriginalMessage());
        }
    }

    /** The personal-data keys the peer holds of these subjects (those it never heard of are left out). */
    List<KeyFeedController.Key> keys(Peer peer, List<String> subjects) throws IOException, InterruptedException {
        StringBuilder query = new StringBuilder("/feeds/keys?");
        subjects.forEach(s -> query.append("subject=").append(URLEncoder.encode(s, StandardCharsets.UTF_8))
                .append('&'));
        Answer response = send(peer, get(peer, query.substring(0, query.length() - 1)));
        if (response.status() != 200) {
            throw new PeerUnavailable("the peer answered " + response.status() + " for personal-data keys");
        }
        try {
            return List.of(json.readValue(response.body(), KeyFeedController.Key[].class));
        } catch (JsonProcessingException e) {
            throw new MalformedFeed("the peer's personal-data keys are not readable: " + e.getOriginalMessage());
        }
    }

    private static HttpRequest get(Peer peer, String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(peer.url().toString().replaceAll("/+$", "") + pathAndQuery))
                .header("Authorization", "Bearer " + peer.token())
                .header("Accept", CloudEventMapping.MEDIA_TYPE + ", application/json")
                .timeout(Duration.ofSeconds(15))
                .GET().build();
    }

    /** Reads at most {@link #MAX_PAGE_BYTES}: a peer cannot make this node hold an unbounded answer in memory. */
    private static Answer bounded(HttpResponse<InputStream> response) throws IOException {
        byte[] body;
        try (InputStream in = response.body()) {
            body = in.readNBytes(MAX_PAGE_BYTES + 1);
        }
        if (body.length > MAX_PAGE_BYTES) {
            throw new MalformedFeed("the peer's answer is larger than " + (MAX_PAGE_BYTES >> 20) + " MB");
        }
        return new Answer(response.statusCode(), response.headers(), new String(body, StandardCharsets.UTF_8));
    }

    /** Interruptible, so stopping the node does not wait for a long poll to end. */
    private Answer send(Peer peer, HttpRequest request) throws IOException, InterruptedException {
        CompletableFuture<HttpResponse<InputStream>> future = PeerTransport.client(peer).sendAsync(request,
                HttpResponse.BodyHandlers.ofInputStream());
        try {
            return bounded(future.get());
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
