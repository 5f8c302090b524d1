package org.jwp.ledger.node.report;

import org.jwp.ledger.events.correction.StepCorrected;

import org.jwp.ledger.node.ledger.Assumed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The workflow steps as they now read: each corrected step replaced by its current version (its corrections applied
 * in ledger order), the corrections themselves dropped. Pure; the report builder then sees only current steps.
 */
final class CurrentSteps {

    private CurrentSteps() {
    }

    /**
     * {@code ids} are the events' identifiers, index for index; {@code events} come in ledger order per origin
     * (a correction is in the stream of the step it corrects, so after it).
     */
    static List<LedgerEvent> of(List<LedgerEvent> events, List<String> ids) {
        Map<String, List<StepCorrected>> corrections = new HashMap<>();
        for (LedgerEvent e : events) {
            if (e.payload() instanceof StepCorrected c) {
                corrections.computeIfAbsent(c.stepEventId(), k -> new ArrayList<>()).add(c);
            }
        }
        List<LedgerEvent> current = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            LedgerEvent e = events.get(i);
            if (e.payload() instanceof StepCorrected) {
                continue;
            }
            Object step = e.payload();
            Assumed assumed = e.assumed();
            for (StepCorrected c : corrections.getOrDefault(ids.get(i), List.of())) {
                step = c.applyTo(step);
                // A value its recorder corrects is one it now states.
                assumed = assumed.replacing(c.changes().keySet(), Assumed.NONE);
            }
            current.add(step == e.payload() ? e : new LedgerEvent(e.origin(), e.sequence(), e.time(), step, assumed));
        }
        return current;
    }
}
