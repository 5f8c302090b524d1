package org.jwp.ledger.node.ledger;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.concurrent.TimeUnit;

/**
 * Tells this process's readers of the store that events were committed: the appender's groups and the peers' pages
 * alike. A projection at the head waits on this instead of polling the database every few milliseconds; it still
 * polls now and then, for what another process on the same database appends.
 */
@Component
public class StoreAppends {

    private final Object lock = new Object();
    private long commits;

    /** A count that changes with every commit signalled: what {@link #awaitAfter} compares against. */
    public long commits() {
        synchronized (lock) {
            return commits;
        }
    }

    /** Events were committed: wakes every reader waiting. */
    public void committed() {
        synchronized (lock) {
            commits++;
            lock.notifyAll();
        }
    }

    /**
     * Signals {@link #committed()} once the current transaction has committed, or now when there is none. A reader
     * woken before the commit would find nothing and go back to sleep.
     */
    public void afterCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            committed();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                committed();
            }
        });
    }

    /** Waits until a commit after {@code seen} was signalled, or {@code nanos} have passed. */
    public void awaitAfter(long seen, long nanos) throws InterruptedException {
        long deadline = System.nanoTime() + nanos;
        synchronized (lock) {
            while (commits == seen) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                TimeUnit.NANOSECONDS.timedWait(lock, left);
            }
        }
    }
}
