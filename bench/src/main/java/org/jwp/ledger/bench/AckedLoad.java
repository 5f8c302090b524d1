package org.jwp.ledger.bench;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Staff recording results on one node while faults are injected: every acknowledged command (201 with its id) is
 * kept, so the run can check afterwards that each one is stored, once. Refusals and unreachable moments are counted,
 * never retried under the same id (a retry is a new command, as it would be for a person).
 */
final class AckedLoad implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Api api;
    private volatile double perClientPerSecond;
    private final Set<String> acked = ConcurrentHashMap.newKeySet();
    private final AtomicLong ackedAfterMark = new AtomicLong();
    private final AtomicLong serverErrors = new AtomicLong();
    private final AtomicLong clientErrors = new AtomicLong();
    private final AtomicLong successWithoutId = new AtomicLong();
    private final AtomicLong unreachable = new AtomicLong();
    private final List<Thread> threads = new ArrayList<>();
    /** The first few refusals as answered (status and body), so a failed check says what the node said. */
    private final List<String> refusals = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean running = true;
    private volatile long mark = Long.MAX_VALUE;
    /** System.nanoTime of the latest acknowledgement, and the longest wait for the next one since the mark. */
    private long lastAck = Long.MIN_VALUE;
    private long longestGapSinceMark;

    /** {@code ratePerSecond} 0: as fast as the clients go. */
    AckedLoad(Api api, int clients, double ratePerSecond) {
        this.api = api;
        this.perClientPerSecond = ratePerSecond / clients;
        for (int i = 0; i < clients; i++) {
            Thread t = new Thread(this::client, "load-" + i);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
    }

    private void client() {
        long n = 0;
        long start = System.nanoTime();
        double paced = perClientPerSecond;
        while (running) {
            try {
                HttpResponse<String> r = api.post("/api/activities/D2/results", Load.body(-1));
                if (r.statusCode() == 201) {
                    acked.add(JSON.readTree(r.body()).get("id").asText());
                    acknowledgedAt(System.nanoTime());
                } else {
                    (r.statusCode() >= 500 ? serverErrors : r.statusCode() >= 400 ? clientErrors
                            : successWithoutId).incrementAndGet();
                    if (refusals.size() < 4) {
                        refusals.add(r.statusCode() + " " + r.body().replaceAll("\\s+", " ")
                                .substring(0, Math.min(240, r.body().length())));
                    }
                }
            } catch (IOException e) {
                unreachable.incrementAndGet();
                pause(100);
            } catch (InterruptedException e) {
                return;
            }
            n++;
            if (perClientPerSecond != paced) { // the pace changed: count from here
                paced = perClientPerSecond;
                start = System.nanoTime();
                n = 0;
            }
            if (paced > 0) {
                long due = start + (long) (n / paced * 1e9);
                pause((due - System.nanoTime()) / 1_000_000);
            }
        }
    }

    /** From now on, as fast as the clients go. */
    void unpace() {
        perClientPerSecond = 0;
    }

    /** From now on, count acknowledgements separately (e.g. after a fault ended). */
    void mark() {
        mark = System.nanoTime();
    }

    long ackedAfterMark() {
        return ackedAfterMark.get();
    }

    private synchronized void acknowledgedAt(long now) {
        if (now > mark) {
            ackedAfterMark.incrementAndGet();
            longestGapSinceMark = Math.max(longestGapSinceMark, now - Math.max(lastAck, mark));
        }
        lastAck = Math.max(lastAck, now);
    }

    /**
     * The longest time since the mark during which no client got an acknowledgement (the first such time counted
     * from the mark): after a fault injected at the mark, the seconds in which nothing could be recorded.
     */
    synchronized double secondsWithoutAcks() {
        return longestGapSinceMark / 1e9;
    }

    Set<String> acked() {
        return Set.copyOf(acked);
    }

    String summary() {
        return String.format("%d acknowledged, %d answered 5xx, %d answered 4xx, %d answered another 2xx without an id, "
                        + "%d unreachable%s", acked.size(), serverErrors.get(), clientErrors.get(),
                successWithoutId.get(), unreachable.get(), failures() == unreachable.get() ? ""
                        : "; first answers: " + String.join(" / ", List.copyOf(refusals)));
    }

    long failures() {
        return serverErrors.get() + clientErrors.get() + successWithoutId.get() + unreachable.get();
    }

    /** Answers in the 2xx range that were not a 201 with the new item's id: the client cannot tell what happened. */
    long successWithoutId() {
        return successWithoutId.get();
    }

    long clientErrors() {
        return clientErrors.get();
    }

    private static void pause(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        for (Thread t : threads) {
            t.join(150_000);
        }
    }
}
