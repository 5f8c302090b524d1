package org.jwp.ledger.bench;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed-loop load: {@code clients} threads, each recording one action after another (one event per command), for
 * a time or until a number of actions is reached. Every answer must be 201; anything else fails the run.
 */
final class Load {

    record Result(long commands, double seconds, List<Double> latenciesMs) {

        double perSecond() {
            return commands / seconds;
        }
    }

    private static final AtomicLong SERIAL = new AtomicLong();

    private Load() {
    }

    static String body(long n) {
        return "{\"programme\":\"2021-2025\",\"year\":2024,\"text\":\"Trade data exchanged for the CITES/CMS joint "
                + "analysis, batch " + n + "\",\"documentRefs\":[\"SC78 Doc. 12\"],\"species\":[\"Saiga tatarica\"],"
                + "\"joint\":true,\"actedOn\":\"2024-03-15\"}";
    }

    static Result run(Api api, int clients, double seconds, long maxCommands) throws InterruptedException {
        boolean timed = !Double.isInfinite(seconds);
        long end = timed ? System.nanoTime() + (long) (seconds * 1e9) : 0;
        AtomicLong done = new AtomicLong();
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            Thread thread = new Thread(() -> {
                try {
                    while ((!timed || System.nanoTime() - end < 0) && done.getAndIncrement() < maxCommands
                            && failures.isEmpty()) {
                        long s = System.nanoTime();
                        HttpResponse<String> r = api.post("/api/activities/D2/results", body(SERIAL.incrementAndGet()));
                        if (r.statusCode() != 201) {
                            throw new IllegalStateException(api.base() + " answered " + r.statusCode() + ": "
                                    + r.body());
                        }
                        latencies.add((System.nanoTime() - s) / 1e6);
                    }
                } catch (Exception e) {
                    failures.add(e);
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread t : threads) {
            t.join();
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("load failed", failures.get(0));
        }
        return new Result(latencies.size(), (System.nanoTime() - t0) / 1e9, List.copyOf(latencies));
    }
}
