package org.jwp.ledger.bench;

import java.util.List;

/**
 * One reported figure: its repeated measurements (median and spread are reported), and against what it is read —
 * a ratio to a baseline measured in the same run, and the goal the product aims at.
 */
record Figure(String id, String what, String unit, List<Double> runs, String ratio, String goal, Boolean goalMet) {

    double median() {
        return Stats.median(runs);
    }

    String spread() {
        return runs.size() == 1 ? "1 run" : String.format("%s–%s, %d runs", num(Stats.min(runs)),
                num(Stats.max(runs)), runs.size());
    }

    static String num(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        return Math.abs(v) >= 100 ? String.format("%,.0f", v) : String.format("%.2f", v);
    }
}
