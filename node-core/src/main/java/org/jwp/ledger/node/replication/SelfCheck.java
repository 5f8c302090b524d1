package org.jwp.ledger.node.replication;

import org.jwp.ledger.node.duties.Duties;
import org.jwp.ledger.node.peers.Peer;
import org.jwp.ledger.node.peers.PeerSettings;
import org.jwp.ledger.format.ChainHash;
import org.jwp.ledger.format.Checkpoint;
import org.jwp.ledger.node.audit.CheckpointSigner;
import org.jwp.ledger.node.audit.CheckpointStore;
import org.jwp.ledger.format.Envelope;
import org.jwp.ledger.node.audit.IntegrityAlarm;
import org.jwp.ledger.format.Keys;
import org.jwp.ledger.node.audit.NodeKeys;
import org.jwp.ledger.node.audit.SignedMark;
import org.jwp.ledger.node.ledger.LedgerStore;
import org.jwp.ledger.node.ledger.NodeIdentity;
import org.jwp.ledger.format.StoredEvent;
import org.jwp.ledger.node.ledger.WriteGate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * This node checks its own chain as stored against what it signed (docs/security.md, finding 3): every hash
 * recomputed from the stored event bytes must equal the stored link, and the hash of every checkpoint its own key
 * signed — those it holds and those its peers hold of it, which a database superuser here cannot reach. At start,
 * before writes open, and every {@code ledger.self-check-interval} (default ten minutes). A mismatch raises the
 * {@link IntegrityAlarm}, naming the first differing sequence (found against a peer's copy where one is reachable).
 */
@Component
class SelfCheck {

    private static final Logger log = LoggerFactory.getLogger(SelfCheck.class);

    private final PeerSettings settings;
    private final String self;
    private final LedgerStore store;
    private final CheckpointStore checkpoints;
    private final NodeKeys keys;
    private final IntegrityAlarm alarm;
    private final WriteGate gate;
    private final CheckpointSigner signer;
    private final Duties duties;
    private final SignedMark mark;
    private final FeedClient client = new FeedClient();

    SelfCheck(PeerSettings settings, NodeIdentity identity, LedgerStore store, CheckpointStore checkpoints,
              NodeKeys keys, IntegrityAlarm alarm, WriteGate gate, CheckpointSigner signer, Duties duties,
              SignedMark mark) {
        this.mark = mark;
        this.duties = duties;
        duties.want(Duties.SELF_CHECK);
        this.signer = signer;
        this.settings = settings;
        this.self = identity.secretariat().name();
        this.store = store;
        this.checkpoints = checkpoints;
        this.keys = keys;
        this.alarm = alarm;
        this.gate = gate;
    }

    @Scheduled(fixedDelayString = "${ledger.self-check-interval:PT10M}",
            initialDelayString = "${ledger.self-check-interval:PT10M}")
    void periodically() {
        if (gate.isOpen() && duties.holds(Duties.SELF_CHECK)) { // once per secretariat, not per instance
            check();
        }
    }

    /** True when the stored chain holds; otherwise the alarm has been raised (writes closed). */
    synchronized boolean check() {
        TreeMap<Long, Signed> signed = signedHashes();
        long head = store.heads().getOrDefault(self, 0L);
        // First what the data folder keeps of the last checkpoint signed: the one thing a superuser of the database
        // cannot delete along with the checkpoints after a rewrite (issue 31's restart with the peer unreachable).
        Checkpoint kept = mark.read().orElse(null);
        if (kept != null) {
            if (!self.equals(kept.origin()) || !Keys.verify(keys.publicKey(), kept.statement(), kept.signature())) {
                return mismatch(kept.sequence(), "the last signed checkpoint kept in " + mark.file() + ", which "
                        + "this node's key did not sign");
            }
            if (kept.sequence() <= head) { // beyond it: events lost with an old backup, which a peer hands back
                signed.putIfAbsent(kept.sequence(), new Signed(kept.hash(), "the last checkpoint it signed (sequence "
                        + kept.sequence() + "), as its data folder keeps it"));
            }
        }
        String hash = ChainHash.GENESIS;
        long lastGood = 0;
        Map<Long, String> sinceLastGood = new HashMap<>();
        long at = 0;
        while (at < head) {
            for (StoredEvent e : store.after(self, at, 1000)) {
                hash = ChainHash.next(hash, Envelope.canonical(e));
                at = e.sequence();
                sinceLastGood.put(at, hash);
                if (!hash.equals(e.hash())) {
                    return mismatch(at, "the hashes recomputed from its stored events");
                }
                Signed s = signed.get(at);
                if (s != null && !s.hash().equals(hash)) {
                    return mismatch(firstDiffering(lastGood, at, sinceLastGood), s.where());
                }
                if (s != null) {
                    lastGood = at;
                    sinceLastGood.clear();
                }
            }
            if (at < head && store.after(self, at, 1).isEmpty()) {
                return mismatch(at + 1, "its own head (" + head + "): events are missing");
            }
        }
        Long beyond = signed.ceilingKey(head + 1);
        if (beyond != null) {
            return mismatch(head + 1, signed.get(beyond).where() + " (signed up to " + beyond + ")");
        }
        log.debug("Self-check: {} events of {} recompute to the stored links and every signed checkpoint", head, self);
        signer.proven(at, hash);
        return true;
    }

    /**
     * Why this node must not record yet although its stored chain holds: it signed further than it holds (its data
     * folder keeps the checkpoint), so it was restored from an older backup and would reissue sequence numbers a peer
     * may hold. Empty when it holds all it signed.
     */
    Optional<String> missingWhatItSigned() {
        long head = store.heads().getOrDefault(self, 0L);
        return mark.read().filter(c -> c.sequence() > head).map(c -> "this node signed its chain up to sequence "
                + c.sequence() + " (" + mark.file() + ") but holds it only up to " + head + ": restored from an "
                + "older backup? It records again once a peer has handed back the events it lost "
                + "(docs/operations.md)");
    }

    private record Signed(String hash, String where) {
    }

    /** Sequence to the hash this node's own key signed for it, from its own store and from each reachable peer. */
    private TreeMap<Long, Signed> signedHashes() {
        TreeMap<Long, Signed> signed = new TreeMap<>();
        for (Checkpoint c : checkpoints.after(self, 0, Integer.MAX_VALUE)) {
            if (Keys.verify(keys.publicKey(), c.statement(), c.signature())) {
                signed.put(c.sequence(), new Signed(c.hash(), "the checkpoint it signed for sequence "
                        + c.sequence()));
            }
        }
        for (Peer peer : settings.peers()) {
            try {
                long after = 0;
                for (var page = client.yourCheckpoints(peer, after); !page.isEmpty();
                     page = client.yourCheckpoints(peer, after)) {
                    for (Checkpoint c : page) {
                        if (self.equals(c.origin()) && Keys.verify(keys.publicKey(), c.statement(), c.signature())) {
                            signed.put(c.sequence(), new Signed(c.hash(), "its own checkpoint for sequence "
                                    + c.sequence() + " as " + peer.id() + " holds it"));
                        }
                        after = c.sequence();
                    }
                }
            } catch (IOException | RuntimeException e) {
                log.info("Self-check without {}'s copy of this node's checkpoints: {}", peer.id(), e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return signed;
            }
        }
        return signed;
    }

    /**
     * Between the last sequence that matched a signature and the first that did not, the first whose recomputed hash
     * differs from a peer's copy (the peer's copy up to there is the one this node signed); without a peer's copy,
     * the first sequence after the last match.
     */
    private long firstDiffering(long lastGood, long mismatch, Map<Long, String> recomputed) {
        for (Peer peer : settings.peers()) {
            try {
                long after = lastGood;
                while (after < mismatch) {
                    FeedClient.Held page = client.yours(peer, after);
                    if (page.events().isEmpty()) {
                        break;
                    }
                    for (StoredEvent e : page.events()) {
                        if (e.sequence() <= mismatch && !e.hash().equals(recomputed.get(e.sequence()))) {
                            return e.sequence();
                        }
                        after = e.sequence();
                    }
                }
            } catch (IOException | RuntimeException e) {
                log.info("Could not compare with {}'s copy to find the first differing event: {}", peer.id(),
                        e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return lastGood + 1;
    }

    private boolean mismatch(long sequence, String what) {
        alarm.raise(self, sequence, what);
        return false;
    }
}
