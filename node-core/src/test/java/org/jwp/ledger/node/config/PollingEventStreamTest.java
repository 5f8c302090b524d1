package org.jwp.ledger.node.config;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;
import org.jwp.ledger.node.ledger.StoreAppends;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A projection's stream reads pages from the store, and at the head is woken by a commit of this process or reads
 * again once the poll interval has passed; nothing is skipped or read twice across reopened pages.
 */
class PollingEventStreamTest {

    private final InMemoryEventStorageEngine storage = new InMemoryEventStorageEngine();
    private final StoreAppends appends = new StoreAppends();

    @Test
    void readsEveryEventOnceInOrderAcrossReadsAtTheHead() throws Exception {
        PollingEventSource source = new PollingEventSource(storage, appends, 10, 1, TimeUnit.MILLISECONDS);
        append("a", 0);
        append("a", 1);
        List<Object> read = new ArrayList<>();
        try (PollingEventStream stream = source.openStream(null)) {
            while (stream.hasNextAvailable()) {
                read.add(stream.nextAvailable().getPayload());
            }
            assertThat(stream.hasNextAvailable()).as("at the head").isFalse();
            append("b", 0);
            read.add(stream.nextAvailable().getPayload());
        }
        assertThat(read).containsExactly("a0", "a1", "b0");
    }

    @Test
    void resumesAfterTheTokenItIsOpenedAt() throws Exception {
        PollingEventSource source = new PollingEventSource(storage, appends, 10, 1, TimeUnit.MILLISECONDS);
        append("a", 0);
        append("a", 1);
        TrackedEventMessage<?> first;
        try (PollingEventStream stream = source.openStream(source.createTailToken())) {
            first = stream.nextAvailable();
        }
        try (PollingEventStream stream = source.openStream(first.trackingToken())) {
            assertThat(stream.nextAvailable().getPayload()).isEqualTo("a1");
        }
    }

    /**
     * With an hour between polls, only the commit's signal can end the wait before the caller's 60 s: the stream
     * sees a replicated or recorded event when it is committed, not a poll interval later.
     */
    @Test
    void aStreamAtTheHeadIsWokenByACommit() throws Exception {
        PollingEventSource source = new PollingEventSource(storage, appends, 1, 0, TimeUnit.HOURS);
        try (PollingEventStream stream = source.openStream(null)) {
            assertThat(stream.hasNextAvailable()).isFalse();
            CompletableFuture<Boolean> waiting = CompletableFuture.supplyAsync(() -> {
                try {
                    return stream.hasNextAvailable(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            append("a", 0);
            appends.committed();
            assertThat(waiting.get(90, TimeUnit.SECONDS)).as("woken before the caller's timeout").isTrue();
            assertThat(stream.nextAvailable().getPayload()).isEqualTo("a0");
        }
    }

    /** Another process's append gives no signal here: the stream still finds it at its next poll. */
    @Test
    void aStreamAtTheHeadFindsAnUnsignalledAppendAtItsNextPoll() throws Exception {
        PollingEventSource source = new PollingEventSource(storage, appends, 5, 1, TimeUnit.MILLISECONDS);
        try (PollingEventStream stream = source.openStream(null)) {
            assertThat(stream.hasNextAvailable()).isFalse();
            append("a", 0);
            assertThat(stream.hasNextAvailable(60, TimeUnit.SECONDS)).isTrue();
            assertThat(stream.peek().map(e -> (Object) e.getPayload())).contains("a0");
        }
    }

    private void append(String stream, long sequence) {
        storage.appendEvents(new GenericDomainEventMessage<>("test", stream, sequence, stream + sequence));
    }
}
