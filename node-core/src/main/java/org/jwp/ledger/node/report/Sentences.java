package org.jwp.ledger.node.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** The counting sentence the report opens an activity with, from the workflow items recorded under it. */
final class Sentences {

    private Sentences() {
    }

    static String summary(List<Item> items) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, List<Item>> byOwner : group(items, "CONSULTATION").entrySet()) {
            List<Item> asked = byOwner.getValue();
            String answerer = asked.get(0).counterpart;
            long commented = count(asked, i -> i.status.equals("COMMENTED"));
            long late = count(asked, i -> !i.timingAssumed && i.detail.contains("after the due date"));
            long assumedTiming = count(asked, i -> i.status.equals("COMMENTED") && i.timingAssumed);
            long declined = count(asked, i -> i.status.equals("DECLINED"));
            parts.add(byOwner.getKey() + " requested comments from " + answerer + " on " + plural(asked.size(),
                    "proposal") + " (" + meetings(asked) + "); " + answerer + " commented on " + commented
                    + timing(commented, late, assumedTiming)
                    + (declined > 0 ? " and declined " + declined : ""));
        }
        for (Map.Entry<String, List<Item>> byOwner : group(items, "STAFF_LOAN").entrySet()) {
            List<Item> loans = byOwner.getValue();
            parts.add(byOwner.getKey() + " lent staff to " + loans.get(0).counterpart + " " + plural(loans.size(),
                    "time") + ": " + statuses(loans));
        }
        for (Map.Entry<String, List<Item>> byOwner : group(items, "REPRESENTATION").entrySet()) {
            List<Item> reps = byOwner.getValue();
            parts.add(reps.get(0).counterpart + " was asked to represent " + byOwner.getKey() + " at "
                    + plural(reps.size(), "meeting") + ": " + statuses(reps));
        }
        return parts.isEmpty() ? null : String.join(". ", parts) + ".";
    }

    /** On time and late as the dates stated show them; comments whose timing rests on assumed dates apart. */
    private static String timing(long commented, long late, long assumed) {
        long known = commented - assumed;
        if (known > 0) {
            return " (" + (known - late) + " on time, " + late + " late" + (assumed > 0 ? ", " + assumed
                    + " with dates assumed" : "") + ")";
        }
        return assumed > 0 ? " (dates assumed)" : "";
    }

    private static Map<String, List<Item>> group(List<Item> items, String kind) {
        return items.stream().filter(i -> i.kind.equals(kind))
                .collect(Collectors.groupingBy(i -> i.owner, TreeMap::new, Collectors.toList()));
    }

    private static String meetings(List<Item> asked) {
        return asked.stream().map(i -> i.meeting).distinct().sorted().collect(Collectors.joining(", "));
    }

    private static String statuses(List<Item> items) {
        return items.stream().collect(Collectors.groupingBy(i -> i.status.toLowerCase(), TreeMap::new,
                Collectors.counting())).entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", "));
    }

    private static long count(List<Item> items, Predicate<Item> p) {
        return items.stream().filter(p).count();
    }

    private static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
