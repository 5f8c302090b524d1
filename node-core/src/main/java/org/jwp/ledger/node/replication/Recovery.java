package org.jwp.ledger.node.replication;

import org.jwp.ledger.node.peers.Peer;
import org.jwp.ledger.format.Checkpoint;
import org.jwp.ledger.node.audit.CheckpointStore;
import org.jwp.ledger.format.Keys;
import org.jwp.ledger.node.audit.NodeKeys;
import org.jwp.ledger.node.ledger.LedgerStore;
import org.jwp.ledger.node.ledger.NodeIdentity;
import org.jwp.ledger.format.StoredEvent;
import org.jwp.ledger.node.ledger.WriteGate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The start-up comparison (docs/operations.md): is this node's own chain behind what a peer holds of it, as after a
 * restore from an older backup? Then it takes its lost events back from that peer before it records anything: each
 * chained onto what it holds and matched against the checkpoints it signed itself, appended with its original
 * sequence. A peer whose copy disagrees with this node's chain closes writes for good (someone must look).
 */
class Recovery {

    private static final Logger log = LoggerFactory.getLogger(Recovery.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    private static final Duration WAITING_BACKOFF = Duration.ofSeconds(2);

    private final List<Peer> peers;
    private final String self;
    private final FeedClient client;
    private final Parts parts;
    private final Duration peerWait;
    /** Told once writes are open: the comparison's claim can go to another instance starting meanwhile. */
    private final Runnable opened;
    private volatile boolean running = true;

    /** What the comparison reads and writes, all of it this node's own. */
    record Parts(LedgerStore store, ForeignEvents events, CheckpointStore checkpoints, NodeKeys keys, WriteGate gate,
                 RecoveryLog recoveries, UnprovenTail unproven, UnprovenDecisions decisions, SelfCheck selfCheck) {
    }

    Recovery(List<Peer> peers, NodeIdentity identity, FeedClient client, Parts parts, Duration peerWait,
             Runnable opened) {
        this.opened = opened;
        this.peers = peers;
        this.self = identity.secretariat().name();
        this.client = client;
        this.parts = parts;
        this.peerWait = peerWait;
    }

    void halt() {
        running = false;
    }

    /**
     * Compares with every peer until each has answered; opens writes once all have, or once {@code peerWait} has
     * passed for those that have not (then says so and keeps asking them: a late answer can still recover a tail
     * nothing has been written over, or find the fork if something was).
     */
    void run() {
        Instant deadline = Instant.now().plus(peerWait);
        Map<Peer, String> pending = new HashMap<>();
        peers.forEach(p -> pending.put(p, "no answer yet"));
        Duration backoff = Duration.ofMillis(250);
        while (running && !pending.isEmpty()) {
            for (Peer p : List.copyOf(pending.keySet())) {
                try {
                    compare(p);
                    pending.remove(p);
                    if (parts.gate().state() == WriteGate.State.UNPROVEN) {
                        return; // an administrator's decision opens writes, not this comparison
                    }
                } catch (Divergence | ReplicationRefused | MalformedFeed refused) {
                    if (!parts.selfCheck().check()) {
                        return; // this node's own stored chain breaks its own signatures: the alarm says where
                    }
                    parts.gate().close(WriteGate.State.FAILED, "this node's chain and " + p.id()
                            + "'s copy of it disagree (see docs/operations.md): " + refused.getMessage());
                    log.error("This node's chain and {}'s copy of it disagree; writes stay closed: {}", p.id(),
                            refused.getMessage());
                    return;
                } catch (IOException | RuntimeException e) {
                    pending.put(p, Retrying.describe(e));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            Optional<String> missing = parts.selfCheck().missingWhatItSigned();
            if (missing.isPresent() && parts.gate().state() == WriteGate.State.CHECKING) {
                parts.gate().close(WriteGate.State.CHECKING, missing.get()); // no deadline opens writes over a gap
            } else if (parts.gate().state() == WriteGate.State.CHECKING
                    && (pending.isEmpty() || Instant.now().isAfter(deadline))) {
                if (!parts.selfCheck().check()) {
                    return; // the alarm closed writes for good
                }
                String caveat = pending.isEmpty() ? null : "not compared with " + pending.keySet().stream()
                        .map(p -> p.id().name()).toList() + " within " + peerWait + ": " + pending.values();
                parts.gate().open(caveat);
                opened.run();
                if (caveat != null) {
                    log.warn("Recording without having compared this node's chain with its peers: {}", caveat);
                }
            }
            if (!pending.isEmpty() && !Retrying.pause(backoff)) {
                return;
            }
            // While writes wait on the answer, ask again soon; once open, no need to press an unreachable peer.
            Duration cap = parts.gate().isOpen() ? MAX_BACKOFF : WAITING_BACKOFF;
            backoff = Retrying.doubled(backoff, cap);
        }
        if (running && parts.gate().state() == WriteGate.State.CHECKING
                && parts.selfCheck().missingWhatItSigned().isEmpty() && parts.selfCheck().check()) {
            parts.gate().open(null);
            opened.run();
        }
    }

    private void compare(Peer peer) throws IOException, InterruptedException {
        long head = head();
        FeedClient.Held held = client.yours(peer, head);
        if (held.hash() != null && parts.decisions().refusedCopy(peer.id(), held.head(), held.hash())) {
            log.warn("{} still holds the copy of this node's chain up to {} that an administrator refused; a known "
                    + "divergence, not compared again", peer.id(), held.head());
            return;
        }
        // Another instance of this node may have recorded while the peer answered, and the peer may have followed it:
        // the peer can hold no more of this database's chain than the database had, so it is judged against the
        // head read after its answer. Only a peer holding more than that shows events lost here.
        long now = head();
        if (held.head() <= now) {
            String ours = parts.store().chainHash(self, held.head()).orElseThrow();
            if (held.hash() != null && !ours.equals(held.hash())) {
                throw new Divergence(peer.id() + " holds this node's chain up to " + held.head() + " with hash "
                        + held.hash() + " but this node has " + ours + " there");
            }
            return;
        }
        if (now != head) {
            throw new IOException("this node's head moved from " + head + " to " + now + " while " + peer.id()
                    + " answered; comparing again");
        }
        if (parts.gate().isOpen()) {
            // Opened without this comparison: close, let commands already past the gate finish, and look again.
            parts.gate().close(WriteGate.State.RECOVERING, peer.id() + " holds " + held.head()
                    + " events of this node's chain, this node " + head);
            Retrying.pause(Duration.ofSeconds(2));
            compare(peer);
            return;
        }
        recover(peer, head, held);
    }

    /**
     * Takes back the events this node signed a checkpoint for (each must give the signed hash); what lies beyond the
     * last such checkpoint could have been made up by the peer, so it is only checked and held for an administrator
     * to accept or refuse (writes closed as UNPROVEN meanwhile).
     */
    private void recover(Peer peer, long head, FeedClient.Held first) throws IOException, InterruptedException {
        parts.gate().close(WriteGate.State.RECOVERING, peer.id() + " holds events " + (head + 1) + ".."
                + first.head() + " of this node's chain, lost here (restored from an older backup?)");
        log.warn("This node holds its chain up to {}, {} holds it up to {}: recovering the difference",
                head, peer.id(), first.head());
        List<Checkpoint> signed = ownCheckpoints(peer, head);
        Map<Long, String> hashes = new HashMap<>();
        signed.forEach(c -> hashes.put(c.sequence(), c.hash()));
        long provable = signed.stream().mapToLong(Checkpoint::sequence).max().orElse(head);
        List<StoredEvent> unproven = new ArrayList<>();
        FeedClient.Held page = first;
        long fetched = head;
        while (!page.events().isEmpty()) {
            List<StoredEvent> proven = page.events().stream().filter(e -> e.sequence() <= provable).toList();
            if (!proven.isEmpty()) {
                parts.events().restoreOwn(peer.id(), proven, hashes);
            }
            page.events().stream().filter(e -> e.sequence() > provable).forEach(unproven::add);
            fetched = page.events().get(page.events().size() - 1).sequence();
            if (fetched >= first.head()) {
                break;
            }
            page = client.yours(peer, fetched);
        }
        long recovered = head();
        if (fetched < first.head() || (unproven.isEmpty() && recovered < first.head())) {
            throw new MalformedFeed(peer.id() + " said it holds this node's chain up to " + first.head()
                    + " but handed back events only up to " + fetched);
        }
        long signedThrough = head;
        for (Checkpoint c : signed) {
            if (c.sequence() <= recovered) {
                if (parts.checkpoints().at(self, c.sequence()).isEmpty()) {
                    parts.checkpoints().add(c);
                }
                signedThrough = Math.max(signedThrough, c.sequence());
            }
        }
        if (recovered > head) {
            parts.recoveries().add(new RecoveryLog.Entry(Instant.now(), peer.id().name(), head + 1, recovered,
                    signedThrough));
            log.warn("Recovered events {}..{} of this node's chain from {}, every one under a checkpoint this node "
                    + "signed", head + 1, recovered, peer.id());
        }
        if (!unproven.isEmpty()) {
            hold(peer, unproven);
            return;
        }
        // Back to comparing: any other peer may still hold more, and the wait for silent ones applies again.
        parts.gate().close(WriteGate.State.CHECKING, "recovered events " + (head + 1) + ".." + recovered + " from "
                + peer.id() + "; comparing with the other peers");
    }

    /** Checked (they must chain onto the proven head) but not appended: an administrator decides. */
    private void hold(Peer peer, List<StoredEvent> unproven) {
        String problem = null;
        try {
            parts.events().checkOwn(unproven);
        } catch (ReplicationRefused refused) {
            if (!parts.selfCheck().check()) {
                return; // not the peer's copy: this node's own chain breaks what it signed (it recorded over a tail)
            }
            problem = refused.getMessage(); // shown; such events can only be refused
        }
        parts.unproven().hold(peer.id(), unproven, problem);
        long first = unproven.get(0).sequence();
        long last = unproven.get(unproven.size() - 1).sequence();
        parts.gate().close(WriteGate.State.UNPROVEN, peer.id() + " handed back events " + first + ".." + last
                + " of this node's chain that no checkpoint this node signed covers; an administrator must accept "
                + "or refuse them (admin page, /api/audit/recovery)");
        log.warn("{} handed back events {}..{} of this node's chain beyond the last checkpoint this node signed: "
                + "not appended; writes stay closed until an administrator accepts or refuses them", peer.id(),
                first, last);
    }

    /** This node's checkpoints after {@code after} as the peer holds them, each under this node's own key. */
    private List<Checkpoint> ownCheckpoints(Peer peer, long after) throws IOException, InterruptedException {
        List<Checkpoint> all = new ArrayList<>();
        List<Checkpoint> page;
        do {
            page = client.yourCheckpoints(peer, after);
            for (Checkpoint c : page) {
                if (!self.equals(c.origin()) || !Keys.verify(parts.keys().publicKey(), c.statement(),
                        c.signature())) {
                    throw new ReplicationRefused(peer.id() + " handed back checkpoint " + c.origin() + " #"
                            + c.sequence() + " which this node's key did not sign");
                }
                all.add(c);
                after = c.sequence();
            }
        } while (!page.isEmpty());
        return all;
    }

    private long head() {
        return parts.store().heads().getOrDefault(self, 0L);
    }
}
