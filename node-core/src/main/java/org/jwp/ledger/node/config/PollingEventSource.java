package org.jwp.ledger.node.config;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.StreamableMessageSource;
import org.jwp.ledger.node.ledger.StoreAppends;

import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * One projection's source: each stream reads the store's pages straight from the database, in global order, and at
 * the head waits for this process to commit events ({@link StoreAppends}) or for the poll interval to pass.
 *
 * <p>Why not Axon's {@code EmbeddedEventStore}: with its shared read-ahead, a projection resuming far behind kept
 * the whole backlog reachable (365,000 events, a 512 MB node out of memory in bench P2); without it, a stream at the
 * head waits on a condition only the read-ahead signals and so reads once a second, which put a second of lag on
 * every replicated event (bench P2, 2026-12-02). This source holds one page and is woken by the commit itself.
 */
final class PollingEventSource implements StreamableMessageSource<TrackedEventMessage<?>> {

    private final EventStorageEngine storage;
    private final StoreAppends appends;
    private final long pollNanos;
    private final long minGapNanos;

    /**
     * @param poll   longest wait at the head without a signal: how late another process's appends are seen
     * @param minGap shortest time between two reads that found nothing: under a stream of commits, a projection
     *               whose events are rare does not query the store for every one of them
     */
    PollingEventSource(EventStorageEngine storage, StoreAppends appends, long poll, long minGap, TimeUnit unit) {
        this.storage = storage;
        this.appends = appends;
        this.pollNanos = unit.toNanos(poll);
        this.minGapNanos = unit.toNanos(minGap);
    }

    @Override
    public PollingEventStream openStream(TrackingToken trackingToken) {
        return new PollingEventStream(storage, appends, trackingToken, pollNanos, minGapNanos);
    }

    @Override
    public TrackingToken createTailToken() {
        return storage.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return storage.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return storage.createTokenAt(dateTime);
    }
}
