package org.jwp.ledger.node.replication;

import org.jwp.ledger.node.peers.Peer;
import org.jwp.ledger.format.Checkpoint;
import org.jwp.ledger.node.audit.CheckpointStore;
import org.jwp.ledger.format.Keys;
import org.jwp.ledger.node.ledger.LedgerStore;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fetches a peer's new signed checkpoints, verifies each under the peer's pinned key and against our copy of its
 * chain, and keeps them. A bad signature is refused; a valid signature over a different head is divergence.
 */
@Component
class CheckpointSync {

    private final CheckpointStore checkpoints;
    private final LedgerStore ledger;
    /** Per peer, the newest validly signed checkpoint seen, kept or not: its followers' long polls wait past it. */
    private final Map<String, Long> seen = new ConcurrentHashMap<>();

    CheckpointSync(CheckpointStore checkpoints, LedgerStore ledger) {
        this.checkpoints = checkpoints;
        this.ledger = ledger;
    }

    /** The newest checkpoint of {@code peer} this node has kept or seen (validly signed, not yet reached). */
    long seen(Peer peer) {
        long kept = checkpoints.latest(peer.id().name()).map(Checkpoint::sequence).orElse(0L);
        return Math.max(kept, seen.getOrDefault(peer.id().name(), 0L));
    }

    void sync(Peer peer, FeedClient client) throws IOException, InterruptedException {
        String origin = peer.id().name();
        long after = checkpoints.latest(origin).map(Checkpoint::sequence).orElse(0L);
        List<Checkpoint> received = client.checkpoints(peer, after);
        long head = ledger.heads().getOrDefault(origin, 0L);
        for (Checkpoint c : received) {
            check(peer, c);
            seen.merge(origin, c.sequence(), Math::max);
            if (c.sequence() > head) {
                return; // we have not received that far yet; fetched again next time
            }
            String ours = ledger.chainHash(origin, c.sequence()).orElseThrow();
            if (!ours.equals(c.hash())) {
                throw new Divergence(origin + " signed head " + c.hash() + " at sequence " + c.sequence()
                        + " but our copy of its chain has " + ours);
            }
            checkpoints.at(origin, c.sequence()).ifPresentOrElse(existing -> {
                if (!existing.hash().equals(c.hash())) {
                    throw new Divergence(origin + " signed two different heads for sequence " + c.sequence());
                }
            }, () -> checkpoints.add(c));
        }
    }

    private static void check(Peer peer, Checkpoint c) {
        if (!peer.id().name().equals(c.origin())) {
            throw new ReplicationRefused("checkpoint of " + c.origin() + " from " + peer.id());
        }
        if (!Keys.verify(peer.verificationKey(), c.statement(), c.signature())) {
            throw new ReplicationRefused("checkpoint " + c.origin() + " #" + c.sequence()
                    + " is not signed by the key pinned for " + peer.id());
        }
    }
}
