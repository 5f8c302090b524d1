package org.jwp.ledger.node.report;

import org.jwp.ledger.events.progress.ActivityResultCorrected;
import org.jwp.ledger.events.progress.ActivityResultRecorded;
import org.jwp.ledger.events.progress.ActivityResultWithdrawn;
import org.jwp.ledger.node.ledger.Assumed;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Results as they now read, folded from their events in ledger order: corrections applied, withdrawn ones gone. Pure;
 * a report's results come from every event of their streams, or from the read model's rows with the result events it
 * has not reached yet folded on top: both give the same results.
 */
final class CurrentResults {

    /**
     * A result as it now reads, with what the report shows and orders it by: the last correction ("day: reason", or
     * none), when its recording event was stored and its place among its origin's events ({@code position}: any
     * number that grows with the origin's sequence), and the days anything was done on it.
     */
    record Current(ActivityResultRecorded result, String lastCorrection, Instant recordedAt, long position,
                   List<LocalDate> actedDays, Assumed assumed) {

        /**
         * Counted in the period holding the year it reports on, whenever it was recorded: a year's results are written
         * up after the year ends, when the secretariats compile its report (issue 32). What the ledger holds is
         * bounded by the report's {@code asOf} (or its approved heads), not here.
         */
        boolean countsIn(String programme, LocalDate from, LocalDate to) {
            return result.programme().equals(programme) && result.year() >= from.getYear()
                    && result.year() <= to.getYear();
        }
    }

    /** The order recorded in: time, origin, place among the origin's events. */
    private static final Comparator<Current> RECORDED = (a, b) -> {
        int byTime = a.recordedAt().compareTo(b.recordedAt());
        if (byTime != 0) {
            return byTime;
        }
        int byOrigin = a.result().recordedBy().name().compareTo(b.result().recordedBy().name());
        return byOrigin != 0 ? byOrigin : Long.compare(a.position(), b.position());
    };

    // In the order put: a read model's rows come nearly in the order recorded, which the sort then finds.
    private final Map<String, Current> byId = new LinkedHashMap<>();

    /** A result as a read model holds it. */
    void put(Current current) {
        byId.put(current.result().resultId(), current);
    }

    boolean holds(String resultId) {
        return byId.containsKey(resultId);
    }

    /** Folds one event in; false if it is not about a result (nothing changes). */
    boolean fold(Object payload, Instant time, long position) {
        return fold(payload, Assumed.NONE, time, position);
    }

    /** As {@link #fold(Object, Instant, long)}, with what the event's recorder assumed. */
    boolean fold(Object payload, Assumed assumed, Instant time, long position) {
        if (payload instanceof ActivityResultRecorded r) {
            put(new Current(r, null, time, position, List.of(r.actedOn()), assumed));
        } else if (payload instanceof ActivityResultCorrected c) {
            Current now = byId.get(c.resultId());
            if (now != null) {
                List<LocalDate> days = new ArrayList<>(now.actedDays());
                if (c.actedOn() != null) {
                    days.add(c.actedOn());
                }
                put(new Current(c.applyTo(now.result()), c.actedOn() + ": " + c.reason(), now.recordedAt(),
                        now.position(), List.copyOf(days), corrected(now.assumed(), c, assumed)));
            }
        } else if (payload instanceof ActivityResultWithdrawn w) {
            byId.remove(w.resultId());
        } else {
            return false;
        }
        return true;
    }

    /**
     * A correction that gives the year states it (or, if its recorder assumed it, marks it); the result's own date of
     * action is never changed by a correction, whose {@code actedOn} is the day it was made.
     */
    static Assumed corrected(Assumed before, ActivityResultCorrected c, Assumed correction) {
        return before.replacing(c.year() == null ? List.of() : List.of("year"), correction);
    }

    /**
     * The results a report of the programme and period shows, in the order acted on; those acted on the same day in
     * the order recorded (time, origin, sequence).
     */
    List<Current> countedIn(String programme, LocalDate from, LocalDate to) {
        List<Current> counted = new ArrayList<>(byId.size());
        for (Current c : byId.values()) {
            if (c.countsIn(programme, from, to)) {
                counted.add(c);
            }
        }
        // ORDER in two stable passes, each cheap on a year's 100,000: by the order recorded (nearly so already),
        // then by day (a counting sort over the days).
        counted.sort(RECORDED);
        return byDay(counted);
    }

    private static List<Current> byDay(List<Current> sorted) {
        if (sorted.isEmpty()) {
            return sorted;
        }
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (Current c : sorted) {
            first = Math.min(first, c.result().actedOn().toEpochDay());
            last = Math.max(last, c.result().actedOn().toEpochDay());
        }
        if (last - first > 100_000) { // days centuries apart: a plain stable sort
            sorted.sort(Comparator.comparing(c -> c.result().actedOn()));
            return sorted;
        }
        int[] start = new int[(int) (last - first) + 2];
        for (Current c : sorted) {
            start[(int) (c.result().actedOn().toEpochDay() - first) + 1]++;
        }
        for (int d = 1; d < start.length; d++) {
            start[d] += start[d - 1];
        }
        Current[] placed = new Current[sorted.size()];
        for (Current c : sorted) {
            placed[start[(int) (c.result().actedOn().toEpochDay() - first)]++] = c;
        }
        return new ArrayList<>(List.of(placed));
    }

    /** The type names of the events {@link #fold} takes. */
    static final Set<Class<?>> EVENTS = Set.of(ActivityResultRecorded.class, ActivityResultCorrected.class,
            ActivityResultWithdrawn.class);
}
