package org.jwp.ledger.node.replication;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.jwp.ledger.node.peers.Peer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * While a follower is far behind its peer, this node's read models wait: on two cores, building them row by row as
 * the pages arrive took most of the CPU the catch-up needed (BENCHMARKS.md, P3). Once no follower is far behind they
 * resume from their tokens and read the stored rows in full batches, as a first build does. Nothing is skipped: the
 * rows are in the store, the tokens where they stopped. A follower that stops for any reason releases its pause.
 */
@Component
class CatchUpPause {

    private static final Logger log = LoggerFactory.getLogger(CatchUpPause.class);

    private final EventProcessingConfiguration processing;
    private final long farBehind;
    private final Set<Peer> behind = new HashSet<>();
    private final Counter pauses;
    private boolean closed;

    CatchUpPause(EventProcessingConfiguration processing, MeterRegistry metrics,
                 @Value("${ledger.replication.pause-read-models-behind:5000}") long farBehind) {
        this.processing = processing;
        this.farBehind = farBehind;
        this.pauses = metrics.counter("ledger.replication.read-models.paused");
    }

    /** After each page: how many of the peer's events this node still lacks. */
    synchronized void gap(Peer peer, long missing) {
        if (closed) {
            return;
        }
        if (farBehind > 0 && missing > farBehind) {
            if (behind.add(peer) && behind.size() == 1) {
                log.info("{} events behind {}: the read models wait until the catch-up is done", missing, peer);
                pauses.increment();
                processors().forEach(TrackingEventProcessor::shutdownAsync);
            }
        } else if (missing < Math.min(farBehind, FeedClient.PAGE_LIMIT)) {
            // Within a page of the peer: under steady recording the gap after a page is seldom exactly zero.
            release(peer);
        }
    }

    /** The follower of {@code peer} caught up, stopped or failed: it no longer holds the read models back. */
    synchronized void release(Peer peer) {
        if (behind.remove(peer) && behind.isEmpty() && !closed) {
            log.info("Caught up with {}: the read models resume", peer);
            processors().forEach(p -> p.shutdownAsync().thenRun(() -> startUnlessClosed(p)));
        }
    }

    private synchronized void startUnlessClosed(TrackingEventProcessor p) {
        if (!closed) {
            p.start();
        }
    }

    /** The node is stopping: its followers' last releases must not start read models that Axon is shutting down. */
    synchronized void close() {
        closed = true;
    }

    synchronized void open() {
        closed = false;
    }

    private Stream<TrackingEventProcessor> processors() {
        return processing.eventProcessors().values().stream().filter(TrackingEventProcessor.class::isInstance)
                .map(TrackingEventProcessor.class::cast);
    }
}
