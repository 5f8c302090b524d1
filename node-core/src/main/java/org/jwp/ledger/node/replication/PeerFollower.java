package org.jwp.ledger.node.replication;

import org.jwp.ledger.node.peers.Peer;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.jwp.ledger.node.duties.DutyLost;
import org.jwp.ledger.format.StoredEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * Follows one peer's feed in the background: fetch a page, store it with the cursor, repeat. An unreachable peer is
 * retried with backoff; an event this node refuses stops the follower (never skipped) until someone looks.
 */
class PeerFollower implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(PeerFollower.class);
    static final Duration LONG_POLL = Duration.ofSeconds(20);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(500);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final Peer peer;
    private final Receiver receiver;
    private final FeedClient client;
    private final Counter received;
    private final Counter errors;
    private final Timer delay;
    private final CheckpointSync checkpoints;
    private final KeySync keys;
    private final Counter divergences;
    private final AtomicLong behind;
    private final CatchUpPause pause;
    /** Whether this instance holds the claim to follow this peer now. */
    private final BooleanSupplier holdsClaim;

    private volatile boolean running = true;
    private volatile PeerStatus.State state = PeerStatus.State.STARTING;
    private volatile String reason;
    private volatile Instant lastContact;
    private volatile Long peerHead;
    private volatile long eventsReceived;

    PeerFollower(Peer peer, Receiver receiver, FeedClient client, CheckpointSync checkpoints, KeySync keys,
                 CatchUpPause pause, MeterRegistry metrics, BooleanSupplier holdsClaim) {
        this.holdsClaim = holdsClaim;
        this.peer = peer;
        this.pause = pause;
        this.keys = keys;
        this.receiver = receiver;
        this.client = client;
        this.checkpoints = checkpoints;
        String id = peer.id().name();
        this.received = metrics.counter("ledger.replication.events.received", "peer", id);
        this.errors = metrics.counter("ledger.replication.errors", "peer", id);
        this.divergences = metrics.counter("ledger.audit.divergence", "peer", id);
        this.delay = Timer.builder("ledger.replication.delay").tag("peer", id)
                .description("from the event's time on its origin to its commit here").register(metrics);
        this.behind = metrics.gauge("ledger.replication.behind", java.util.List.of(
                io.micrometer.core.instrument.Tag.of("peer", id)), new AtomicLong());
    }

    /**
     * While a page is being stored, the next one is already on its way when the peer said it holds more (catching
     * up): fetching and storing overlap. A page fetched ahead is used only after the page before it was stored; after
     * any failure it is dropped and the next fetch starts from the stored cursor again.
     */
    @Override
    public void run() {
        Duration backoff = FIRST_BACKOFF;
        PageAhead ahead = new PageAhead(client, peer);
        Instant lastSync = Instant.MIN;
        try {
            while (running) {
                try {
                    if (!holdsClaim.getAsBoolean()) {
                        standBy(ahead);
                        if (!Retrying.pause(STANDBY_LOOK)) {
                            return;
                        }
                        continue;
                    }
                    if (state == PeerStatus.State.STANDBY) { // holding the claim now: following from the next page
                        state = PeerStatus.State.STARTING;
                        reason = null;
                    }
                    FeedClient.Page page = ahead.take();
                    if (page == null) {
                        Optional<Receiver.Cursor> cursor = receiver.cursor(peer);
                        page = client.fetch(peer, cursor.map(Receiver.Cursor::eventId).orElse(null), LONG_POLL,
                                checkpoints.seen(peer));
                    }
                    lastContact = Instant.now();
                    peerHead = page.peerHead();
                    boolean more = !page.events().isEmpty() && page.peerHead() != null
                            && page.peerHead() > page.events().get(page.events().size() - 1).sequence();
                    if (more) {
                        ahead.fetchAfter(page.events().get(page.events().size() - 1).eventId());
                    }
                    if (!page.events().isEmpty()) {
                        int appended = receiver.receive(peer, page.events());
                        eventsReceived += appended;
                        received.increment(appended);
                        page.events().forEach(this::recordDelay);
                    }
                    updateBehind();
                    // At most once a second while more is waiting, round trips after every page would halve the
                    // catch-up rate. Personal-data keys after every page once caught up (no round trip unless a page
                    // named someone whose key this node lacks). Signed heads when the feed had nothing new (idle, or
                    // a new checkpoint ended the long poll) and otherwise once a second too: a round trip and
                    // signature checks after every page added to the lag of every event while the peer records.
                    boolean due = Duration.between(lastSync, Instant.now()).compareTo(SYNC_INTERVAL) >= 0;
                    if (!more || due) {
                        keys.sync(peer, client);
                    }
                    if (page.events().isEmpty() || due) {
                        checkpoints.sync(peer, client);
                    }
                    if (due) {
                        lastSync = Instant.now();
                    }
                    state = PeerStatus.State.FOLLOWING;
                    reason = null;
                    backoff = FIRST_BACKOFF;
                } catch (Divergence d) {
                    ahead.drop();
                    divergences.increment();
                    stop(d.getMessage());
                    state = PeerStatus.State.DIVERGED;
                    log.error("Divergence from {}: {}", peer, d.getMessage());
                } catch (ReplicationRefused | MalformedFeed refused) {
                    ahead.drop();
                    errors.increment();
                    stop(refused.getMessage());
                    log.error("Stopped replicating from {}: {}", peer, refused.getMessage());
                } catch (DutyLost lost) {
                    standBy(ahead); // the page's transaction found another instance holding the claim: not stored
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (IOException | RuntimeException e) {
                    ahead.drop();
                    pause.release(peer); // the read models do not wait for a peer that may not answer for hours
                    errors.increment();
                    state = PeerStatus.State.RETRYING;
                    reason = Retrying.describe(e);
                    log.warn("Replication from {} failed, retrying in {} ms: {}", peer, backoff.toMillis(), reason);
                    if (!Retrying.pause(backoff)) {
                        return;
                    }
                    backoff = Retrying.doubled(backoff, MAX_BACKOFF);
                }
            }
        } finally {
            ahead.close();
            pause.release(peer);
        }
    }

    private static final Duration SYNC_INTERVAL = Duration.ofSeconds(1);
    private static final Duration STANDBY_LOOK = Duration.ofMillis(500);

    /** Another instance follows this peer, or will: nothing fetched ahead is kept, the read models do not wait. */
    private void standBy(PageAhead ahead) {
        if (state != PeerStatus.State.STANDBY) {
            ahead.drop();
            pause.release(peer);
            state = PeerStatus.State.STANDBY;
            reason = "another instance of this node follows " + peer.id() + ", or this one is taking its claim";
        }
    }

    void halt() {
        running = false;
    }

    PeerStatus status() {
        Receiver.Cursor cursor = receiver.cursor(peer).orElse(new Receiver.Cursor(0, null));
        Long since = lastContact == null ? null : Duration.between(lastContact, Instant.now()).toSeconds();
        Long gap = peerHead == null ? null : Math.max(0, peerHead - cursor.sequence());
        return new PeerStatus(peer.id().name(), peer.url().toString(), state, reason, cursor.sequence(),
                cursor.eventId(), peerHead, gap, lastContact, since, eventsReceived, null);
    }

    Peer peer() {
        return peer;
    }

    private void stop(String why) {
        state = PeerStatus.State.STOPPED;
        reason = why;
        running = false;
    }

    private void updateBehind() {
        if (peerHead != null) {
            long missing = Math.max(0, peerHead - receiver.cursor(peer).map(Receiver.Cursor::sequence).orElse(0L));
            behind.set(missing);
            pause.gap(peer, missing);
        }
    }

    private void recordDelay(StoredEvent e) {
        try {
            delay.record(Duration.between(Instant.parse(e.timestamp()), Instant.now()));
        } catch (RuntimeException ignored) {
            // a timestamp we cannot parse is the peer's business; the event itself was checked and stored
        }
    }
}
