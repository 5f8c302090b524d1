package org.jwp.ledger.node.replication;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jwp.ledger.events.EventJson;
import org.jwp.ledger.format.Checkpoint;
import org.jwp.ledger.node.audit.CheckpointStore;
import org.jwp.ledger.node.ledger.LedgerStore;
import org.jwp.ledger.node.ledger.NodeIdentity;
import org.jwp.ledger.format.StoredEvent;
import org.jwp.ledger.node.ledger.StoreAppends;
import org.jwp.ledger.node.ledger.WriteGate;
import org.jwp.ledger.node.request.Checks;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * This node's feed (HTTP Feeds): the events it originated, and only those, in per-origin sequence order, as a
 * CloudEvents batch. Opens only to a configured peer presenting that pair's token.
 */
@RestController
class FeedController {

    static final int MAX_LIMIT = 1000;
    static final long MAX_TIMEOUT_MS = 30_000;
    static final MediaType BATCH = new MediaType("application", "cloudevents-batch+json", StandardCharsets.UTF_8);
    /** The head of this node's own chain at the time of the answer, so a follower knows how far behind it is. */
    static final String HEAD_HEADER = "Ledger-Head";

    private final LedgerStore store;
    private final NodeIdentity identity;
    private final PeerAuthentication peers;
    private final Replication replication;
    private final CheckpointStore checkpoints;
    private final WriteGate gate;
    private final StoreAppends appends;
    private final ObjectMapper json = EventJson.mapper();

    FeedController(LedgerStore store, NodeIdentity identity, PeerAuthentication peers, Replication replication,
                   CheckpointStore checkpoints, WriteGate gate, StoreAppends appends) {
        this.gate = gate;
        this.appends = appends;
        this.store = store;
        this.identity = identity;
        this.peers = peers;
        this.replication = replication;
        this.checkpoints = checkpoints;
    }

    /** This node's signed checkpoints after a sequence, for peers to check their copy of our chain against. */
    @GetMapping("/feeds/checkpoints")
    List<Checkpoint> checkpoints(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String auth,
                                 @RequestParam(defaultValue = "0") long after) {
        peers.authenticate(auth);
        return checkpoints.after(identity.secretariat().name(), after, MAX_LIMIT);
    }

    @GetMapping("/feeds/ledger")
    ResponseEntity<String> feed(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String auth,
                                @RequestParam(required = false) String lastEventId,
                                @RequestParam(defaultValue = "0") long timeout,
                                @RequestParam(defaultValue = "500") int limit,
                                @RequestParam(required = false) Long checkpointSeen) throws JsonProcessingException {
        peers.authenticate(auth);
        new Checks().check(timeout >= 0 && timeout <= MAX_TIMEOUT_MS, "timeout",
                        "must be between 0 and " + MAX_TIMEOUT_MS + " ms")
                .check(limit >= 1 && limit <= MAX_LIMIT, "limit", "must be between 1 and " + MAX_LIMIT)
                .check(checkpointSeen == null || checkpointSeen >= 0, "checkpointSeen", "must not be negative")
                .orThrow();
        String self = identity.secretariat().name();
        long after = lastEventId == null ? 0 : sequenceOf(lastEventId, self);

        List<StoredEvent> events = store.after(self, after, limit);
        long deadline = System.currentTimeMillis() + timeout;
        // A node shutting down ends its long polls at once rather than holding graceful shutdown for them; a new
        // checkpoint ends them too, so followers fetch it without waiting for the next event. New to this follower:
        // one signed after the last it has seen, even before this poll began (it may have been signed between the
        // follower's last page and this request).
        long latest = latestCheckpoint(self);
        long signed = checkpointSeen == null ? latest : Math.min(checkpointSeen, latest);
        while (events.isEmpty() && System.currentTimeMillis() < deadline && replication.isRunning()
                && latestCheckpoint(self) == signed) {
            long seen = appends.commits();
            if (head(self) > after) {
                events = store.after(self, after, limit);
            } else {
                pause(seen);
            }
        }
        return ResponseEntity.ok()
                .contentType(BATCH)
                .header(HEAD_HEADER, Long.toString(head(self)))
                .body(json.writeValueAsString(CloudEventMapping.toBatch(events, json)));
    }

    private long sequenceOf(String lastEventId, String self) {
        return store.byEventId(lastEventId).filter(e -> e.origin().equals(self)).map(StoredEvent::sequence)
                .orElseThrow(() -> {
                    // Restored from an old backup, this node may not hold yet what the peer read: it will once it
                    // has recovered its chain, so the peer is told to come back (503) rather than refused.
                    gate.requireOpen();
                    new Checks().fail("lastEventId", "this node never issued an event " + lastEventId).orThrow();
                    return new IllegalStateException();
                });
    }

    private long latestCheckpoint(String self) {
        return checkpoints.latest(self).map(Checkpoint::sequence).orElse(0L);
    }

    private long head(String self) {
        return store.heads().getOrDefault(self, 0L);
    }

    /**
     * Until this process commits events or 50 ms have passed: a follower hears of a new event as soon as it is
     * committed (bench P2), and of another process's appends or a new checkpoint within 50 ms.
     */
    private void pause(long seen) {
        try {
            appends.awaitAfter(seen, 50_000_000L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for new events", e);
        }
    }
}
