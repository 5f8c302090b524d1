package org.jwp.ledger.node.config;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.jwp.ledger.node.ledger.StoreAppends;

import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A tracking stream over the storage engine's pages ({@link PollingEventSource}). It holds the open page only: the
 * engine reads the next page when this one is used up, and a stream that reached the head is opened again from the
 * last token at the next read, so gaps the token remembers are looked at again as the engine does.
 */
final class PollingEventStream implements TrackingEventStream {

    private final EventStorageEngine storage;
    private final StoreAppends appends;
    private final long pollNanos;
    private final long minGapNanos;
    private TrackingToken last;
    private Stream<? extends TrackedEventMessage<?>> stream;
    private Iterator<? extends TrackedEventMessage<?>> events;
    private TrackedEventMessage<?> peeked;
    private long foundNothingAt;

    PollingEventStream(EventStorageEngine storage, StoreAppends appends, TrackingToken from, long pollNanos,
                       long minGapNanos) {
        this.storage = storage;
        this.appends = appends;
        this.last = from;
        this.pollNanos = pollNanos;
        this.minGapNanos = minGapNanos;
    }

    @Override
    public Optional<TrackedEventMessage<?>> peek() {
        return Optional.ofNullable(read() ? peeked : null);
    }

    @Override
    public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (true) {
            long seen = appends.commits();
            if (read()) {
                return true;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            appends.awaitAfter(seen, Math.min(left, pollNanos));
            long sinceNothing = System.nanoTime() - foundNothingAt;
            if (sinceNothing < minGapNanos) {
                TimeUnit.NANOSECONDS.sleep(Math.min(minGapNanos - sinceNothing, Math.max(0,
                        deadline - System.nanoTime())));
            }
        }
    }

    @Override
    public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
        while (!hasNextAvailable(1, TimeUnit.SECONDS)) {
            // keep waiting: the caller asked for the next event, however long it takes
        }
        TrackedEventMessage<?> next = peeked;
        peeked = null;
        return next;
    }

    /** Whether an event is peeked, reading the store again if the open page is used up. */
    private boolean read() {
        if (peeked != null) {
            return true;
        }
        if (events == null) {
            stream = storage.readEvents(last, false);
            events = stream.iterator();
        }
        if (events.hasNext()) {
            peeked = events.next();
            last = peeked.trackingToken();
            return true;
        }
        closePage();
        foundNothingAt = System.nanoTime();
        return false;
    }

    private void closePage() {
        if (stream != null) {
            stream.close();
        }
        stream = null;
        events = null;
    }

    @Override
    public void close() {
        closePage();
    }
}
