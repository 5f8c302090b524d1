package org.jwp.ledger.format;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Verifies origins' chains and checkpoints, trusting only the public keys it is given. Pure: whoever holds the
 * events (a node's store, an export file) feeds them in; nothing here touches a database or the network.
 *
 * <p>Feed every checkpoint first, then each origin's events in sequence order; then read {@link #report()}.
 */
public final class LedgerVerifier {

    /** One event as the verifier needs it: its place, its canonical envelope bytes and the hash it claims. */
    public record Entry(String origin, long sequence, String eventId, byte[] canonical, String claimedHash) {
    }

    /** A chain hash computed ahead (in parallel) over the hash {@code after} claimed for the event before it. */
    public record HashAhead(String after, String hash) {
    }

    public record Failure(String origin, long sequence, String eventId, String reason) {
    }

    public record CheckpointResult(long sequence, String hash, String time, boolean verified) {
    }

    /**
     * What a verification concludes for one origin (docs/ledger-format.md §5): everything anchored by a valid signed
     * checkpoint; consistent but with events after the last one (a warning: nothing yet proves who recorded them); or
     * failed, with the first failure.
     */
    public enum Verdict {
        VERIFIED,
        UNSIGNED_TAIL,
        FAILED
    }

    /** {@code warning}: for an unsigned tail, what it is, in the words the audit page and the offline verifier use. */
    public record OriginReport(String origin, long eventsChecked, long headSequence, String headHash,
                               CheckpointResult lastCheckpoint, long unsignedTail, Verdict verdict, String warning,
                               Failure firstFailure) {

        /** Verified without reservation: no failure and no event after the last signed checkpoint. */
        public boolean ok() {
            return verdict == Verdict.VERIFIED;
        }

        public boolean failed() {
            return verdict == Verdict.FAILED;
        }

        public OriginReport failedWith(Failure failure) {
            return new OriginReport(origin, eventsChecked, headSequence, headHash, lastCheckpoint, unsignedTail,
                    Verdict.FAILED, null, failure);
        }
    }

    /** The worst verdict of all origins (a store with no event yet has nothing wrong with it: VERIFIED). */
    public static Verdict overall(List<OriginReport> reports) {
        return reports.stream().map(OriginReport::verdict).max(Comparator.naturalOrder()).orElse(Verdict.VERIFIED);
    }

    /** The sentence for an unsigned tail, the same on the audit page, in the API and from {@code ./ledger verify}. */
    public static String unsignedTailWarning(long events, CheckpointResult last) {
        return events + (events == 1 ? " event" : " events") + " after the last signed checkpoint ("
                + (last == null ? "there is none" : "#" + last.sequence()) + "): consistent with the chain, but no "
                + "signature yet proves that its origin recorded " + (events == 1 ? "it" : "them");
    }

    private final Map<String, PublicKey> trusted;
    private final Map<String, Origin> origins = new TreeMap<>();

    public LedgerVerifier(Map<String, PublicKey> trustedKeys) {
        this.trusted = Map.copyOf(trustedKeys);
    }

    public void checkpoint(Checkpoint c) {
        Origin o = origin(c.origin());
        PublicKey key = trusted.get(c.origin());
        if (key == null) {
            o.fail(c.sequence(), null, "no trusted public key for " + c.origin() + " to verify its checkpoint");
        } else if (!Keys.verify(key, c.statement(), c.signature())) {
            o.fail(c.sequence(), null, "checkpoint signature is not valid under " + c.origin() + "'s key");
        }
        Checkpoint earlier = o.checkpoints.putIfAbsent(c.sequence(), c);
        if (earlier != null && !earlier.hash().equals(c.hash())) {
            o.fail(c.sequence(), null, "two different signed heads for sequence " + c.sequence());
        }
    }

    public void event(Entry e) {
        event(e, null);
    }

    /**
     * An event whose envelope bytes are taken as written (an export): they are hashed as they stand when that gives
     * the hash claimed for them, otherwise the canonical bytes the supplier computes are hashed instead. Either way
     * the chain is checked over bytes whose hash is the chain's, exactly as if every envelope had been canonicalised.
     */
    public void event(Entry e, Supplier<byte[]> canonicalised) {
        event(e, canonicalised, null);
    }

    /**
     * As {@link #event(Entry, Supplier)}, with the hash a worker computed ahead: used only when it was computed after
     * the very hash this verifier holds for the origin's head, so it is the hash this method would compute.
     */
    public void event(Entry e, Supplier<byte[]> canonicalised, HashAhead ahead) {
        Origin o = origin(e.origin());
        if (o.failure != null && o.failure.sequence() <= e.sequence()) {
            return;
        }
        long expected = o.head + 1;
        if (e.sequence() != expected) {
            o.fail(expected, e.eventId(), e.sequence() > expected
                    ? "event missing: the chain jumps from " + o.head + " to " + e.sequence()
                    : "event out of order or repeated: sequence " + e.sequence() + " after " + o.head);
            return;
        }
        String hash = ahead != null && ahead.after().equals(o.headHash) ? ahead.hash()
                : ChainHash.next(o.headHash, e.canonical());
        if (canonicalised != null && !hash.equals(e.claimedHash())) {
            hash = ChainHash.next(o.headHash, canonicalised.get());
        }
        if (e.claimedHash() != null && !e.claimedHash().equals(hash)) {
            o.fail(e.sequence(), e.eventId(), "hash mismatch: the event's content or its predecessors were changed");
            return;
        }
        Checkpoint c = o.checkpoints.get(e.sequence());
        if (c != null && !c.hash().equals(hash)) {
            o.fail(e.sequence(), e.eventId(), "differs from the signed checkpoint at sequence " + e.sequence());
            return;
        }
        o.head = e.sequence();
        o.headHash = hash;
        o.checked++;
    }

    public List<OriginReport> report() {
        List<OriginReport> reports = new ArrayList<>();
        origins.values().forEach(o -> reports.add(o.report()));
        return reports;
    }

    public Failure firstFailure() {
        return report().stream().map(OriginReport::firstFailure).filter(f -> f != null)
                .min(Comparator.comparing(Failure::origin).thenComparingLong(Failure::sequence)).orElse(null);
    }

    /** The hash of the origin's last event verified so far (its genesis before any). */
    public String headHash(String origin) {
        return origin(origin).headHash;
    }

    private Origin origin(String name) {
        return origins.computeIfAbsent(name, Origin::new);
    }

    private final class Origin {
        final String name;
        final TreeMap<Long, Checkpoint> checkpoints = new TreeMap<>();
        long head;
        String headHash = ChainHash.GENESIS;
        long checked;
        Failure failure;

        Origin(String name) {
            this.name = name;
        }

        void fail(long sequence, String eventId, String reason) {
            if (failure == null || sequence < failure.sequence()) {
                failure = new Failure(name, sequence, eventId, reason);
            }
        }

        OriginReport report() {
            if (!trusted.containsKey(name) && failure == null) {
                fail(1, null, "no trusted public key for " + name + ": nothing proves who recorded its events");
            }
            Map.Entry<Long, Checkpoint> beyond = checkpoints.ceilingEntry(head + 1);
            if (beyond != null && failure == null) {
                fail(head + 1, null, "signed checkpoint at sequence " + beyond.getKey() + " but the chain ends at "
                        + head + ": events were removed");
            }
            Map.Entry<Long, Checkpoint> last = checkpoints.floorEntry(head);
            CheckpointResult lastCheckpoint = last == null ? null : new CheckpointResult(last.getKey(),
                    last.getValue().hash(), last.getValue().time(), failure == null || failure.sequence() > last.getKey());
            long tail = head - (last == null ? 0 : last.getKey());
            Verdict verdict = failure != null ? Verdict.FAILED : tail > 0 ? Verdict.UNSIGNED_TAIL : Verdict.VERIFIED;
            return new OriginReport(name, checked, head, head == 0 ? null : headHash, lastCheckpoint, tail,
                    verdict, verdict == Verdict.UNSIGNED_TAIL ? unsignedTailWarning(tail, lastCheckpoint) : null,
                    failure);
        }
    }
}
