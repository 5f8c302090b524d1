package org.jwp.ledger.node.replication;

import org.jwp.ledger.node.peers.Peer;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** The follower's next page, fetched while the current one is stored (at most one ahead). */
final class PageAhead implements AutoCloseable {

    private final FeedClient client;
    private final Peer peer;
    private final ExecutorService fetcher;
    private Future<FeedClient.Page> next;

    PageAhead(FeedClient client, Peer peer) {
        this.client = client;
        this.peer = peer;
        this.fetcher = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "replication-ahead-" + peer.id().name().toLowerCase());
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts fetching the page after {@code lastEventId}; a short wait, as the peer said it holds more. */
    void fetchAfter(String lastEventId) {
        drop();
        next = fetcher.submit(() -> client.fetch(peer, lastEventId, PeerFollower.LONG_POLL));
    }

    /** The page fetched ahead, or null when none is; its fetch's failure is thrown here. */
    FeedClient.Page take() throws IOException, InterruptedException {
        Future<FeedClient.Page> pending = next;
        next = null;
        if (pending == null) {
            return null;
        }
        try {
            return pending.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof InterruptedException i) {
                throw i;
            }
            throw new IOException(cause);
        }
    }

    void drop() {
        if (next != null) {
            next.cancel(true);
            next = null;
        }
    }

    @Override
    public void close() {
        drop();
        fetcher.shutdownNow();
    }
}
