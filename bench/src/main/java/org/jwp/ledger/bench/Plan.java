package org.jwp.ledger.bench;

/** How big each workload is: the issue's sizes, or small ones that only show every workload yields a figure. */
record Plan(boolean quick, int repeats, int clients, double warmupSeconds, double loadSeconds, long catchUpEvents,
            long bigLedger, long smallLedger, int years, int replays) {

    static Plan issueSizes() {
        // Rebuilding the projections of the 1M ledger takes minutes: the full run times the node's first build from
        // the first event (a replay's work, on empty tables); the quick run also goes through the admin replay.
        // Each recording workload is warmed up for 30 s (JIT, pools, caches) before three measured repetitions.
        return new Plan(false, 3, 8, 30, 60, 100_000, 1_000_000, 100_000, 10, 0);
    }

    /** The issue's sizes with every event count multiplied by {@code factor} (durations and repeats kept). */
    Plan scaled(double factor) {
        return new Plan(quick, repeats, clients, warmupSeconds, loadSeconds, Math.round(catchUpEvents * factor),
                Math.round(bigLedger * factor), Math.round(smallLedger * factor), years, replays);
    }

    /** P1 only, for profiling: {@code seconds} of warm-up and of each of two repetitions. */
    static Plan p1Profile(double seconds) {
        return new Plan(false, 2, 8, seconds, seconds, 0, 0, 0, 10, 0);
    }

    static Plan ciSizes() {
        return new Plan(true, 1, 8, 0, 3, 500, 5_000, 500, 10, 1);
    }
}
