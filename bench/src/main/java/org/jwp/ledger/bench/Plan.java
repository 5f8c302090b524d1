package org.jwp.ledger.bench;

/** How big each workload is: the issue's sizes, or small ones that only show every workload yields a figure. */
record Plan(boolean quick, int repeats, int clients, double warmupSeconds, double loadSeconds, long catchUpEvents,
            long bigLedger, long smallLedger, int years) {

    static Plan issueSizes() {
        return new Plan(false, 3, 8, 10, 60, 100_000, 1_000_000, 100_000, 10);
    }

    static Plan ciSizes() {
        return new Plan(true, 1, 8, 0, 3, 500, 5_000, 500, 10);
    }
}
