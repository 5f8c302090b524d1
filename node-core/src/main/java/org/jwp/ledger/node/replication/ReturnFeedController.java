package org.jwp.ledger.node.replication;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jwp.ledger.events.EventJson;
import org.jwp.ledger.format.Checkpoint;
import org.jwp.ledger.node.audit.CheckpointStore;
import org.jwp.ledger.node.ledger.LedgerStore;
import org.jwp.ledger.node.request.Checks;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * The peer's own chain as this node holds it, handed back to the peer that asks: the other copy a node restored from
 * an old backup recovers its lost tail from (docs/operations.md). Only the caller's own origin, only to its token.
 */
@RestController
class ReturnFeedController {

    /** How far this node holds the caller's chain, and that chain's hash there, to compare before fetching. */
    static final String HELD_HEAD = "Ledger-Held-Head";
    static final String HELD_HASH = "Ledger-Held-Hash";

    private final LedgerStore store;
    private final PeerAuthentication peers;
    private final CheckpointStore checkpoints;
    private final ObjectMapper json = EventJson.mapper();

    ReturnFeedController(LedgerStore store, PeerAuthentication peers, CheckpointStore checkpoints) {
        this.store = store;
        this.peers = peers;
        this.checkpoints = checkpoints;
    }

    @GetMapping("/feeds/yours")
    ResponseEntity<String> yours(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String auth,
                                 @RequestParam(defaultValue = "0") long after,
                                 @RequestParam(defaultValue = "500") int limit) throws JsonProcessingException {
        String origin = peers.authenticate(auth).id().name();
        new Checks().check(after >= 0, "after", "must not be negative")
                .check(limit >= 1 && limit <= FeedController.MAX_LIMIT, "limit",
                        "must be between 1 and " + FeedController.MAX_LIMIT)
                .orThrow();
        long held = store.heads().getOrDefault(origin, 0L);
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok()
                .contentType(FeedController.BATCH)
                .header(HELD_HEAD, Long.toString(held));
        store.chainHash(origin, held).ifPresent(hash -> answer.header(HELD_HASH, hash));
        return answer.body(json.writeValueAsString(CloudEventMapping.toBatch(store.after(origin, after, limit),
                json)));
    }

    /** The caller's signed checkpoints as this node received them: its own signatures, to check the events by. */
    @GetMapping("/feeds/yours/checkpoints")
    List<Checkpoint> checkpoints(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String auth,
                                 @RequestParam(defaultValue = "0") long after) {
        String origin = peers.authenticate(auth).id().name();
        return checkpoints.after(origin, after, FeedController.MAX_LIMIT);
    }
}
