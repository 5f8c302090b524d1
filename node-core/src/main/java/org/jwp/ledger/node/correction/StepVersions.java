package org.jwp.ledger.node.correction;

import org.jwp.ledger.events.correction.StepCorrected;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A workflow step as it reads now, folded from the streams of its item: the step as recorded, then each of its
 * corrections in ledger order. Pure, so the API and tests agree on what "current" means.
 */
public final class StepVersions {

    /** One event of an item's streams, as the store holds it. */
    public record Stored(String streamId, String eventId, Object event) {
    }

    /** The step found: its stream, as recorded, as it now reads, and the corrections made to it. */
    public record Step(String streamId, Object recorded, Object current, List<StepCorrected> corrections) {
    }

    private StepVersions() {
    }

    public static Optional<Step> find(List<Stored> itemStreams, String stepEventId) {
        Stored recorded = itemStreams.stream().filter(s -> s.eventId().equals(stepEventId)).findFirst().orElse(null);
        if (recorded == null || recorded.event() instanceof StepCorrected) {
            return Optional.empty();
        }
        Object current = recorded.event();
        List<StepCorrected> corrections = new ArrayList<>();
        for (Stored s : itemStreams) {
            if (s.event() instanceof StepCorrected c && c.stepEventId().equals(stepEventId)) {
                current = c.applyTo(current);
                corrections.add(c);
            }
        }
        return Optional.of(new Step(recorded.streamId(), recorded.event(), current, List.copyOf(corrections)));
    }
}
