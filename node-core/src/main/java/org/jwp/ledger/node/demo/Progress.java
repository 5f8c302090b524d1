package org.jwp.ledger.node.demo;

import java.io.PrintStream;
import java.util.Map;

/**
 * The console's line per step of the demo history as it loads: the first start of the demo takes a while on a small
 * machine, and a line per step shows how far it has got and that it is still going.
 */
final class Progress {

    /** What each kind of request records, in words, by the last part of its path. */
    private static final Map<String, String> STEPS = Map.ofEntries(
            Map.entry("consultations", "asked for comments"), Map.entry("comment", "commented"),
            Map.entry("staff-loans", "proposed a staff loan"), Map.entry("agreement", "agreed to the loan"),
            Map.entry("start", "started the loan"), Map.entry("completion", "completed the loan"),
            Map.entry("representations", "asked to be represented"), Map.entry("acceptance", "accepted to represent"),
            Map.entry("attendance", "reported attendance"), Map.entry("acknowledgement", "acknowledged the report"));

    private final PrintStream out;
    private int steps;

    Progress(PrintStream out) {
        this.out = out;
    }

    void part(String name) {
        out.println(name);
        out.flush();
    }

    /** One step recorded: its number, who recorded it and what, and the item it concerns. */
    void recorded(String node, String path, String item) {
        steps++;
        String[] parts = path.split("/");
        String last = parts[parts.length - 1];
        String what = last.equals("results") && parts.length > 3 ? "recorded a result under " + parts[3]
                : last.equals("results") ? "recorded a result" : STEPS.getOrDefault(last, "recorded " + path);
        out.println("  [" + steps + "] " + node + ": " + what + (item == null ? "" : " (" + item + ")"));
        out.flush();
    }

    int steps() {
        return steps;
    }
}
