package org.jwp.ledger.node.correction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jwp.ledger.events.EventContracts;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.events.correction.CorrectableFields;
import org.jwp.ledger.events.correction.StepCorrected;
import org.jwp.ledger.node.ledger.ContractKnowledge;
import org.jwp.ledger.node.ledger.ItemIds;
import org.jwp.ledger.node.ledger.LedgerStore;
import org.jwp.ledger.node.ledger.NotOwner;
import org.jwp.ledger.node.ledger.UnknownItem;
import org.jwp.ledger.node.request.Checks;
import org.jwp.ledger.node.web.Recorded;
import org.jwp.ledger.node.ledger.Recording;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Corrects descriptive fields of a workflow step, by the secretariat that recorded it (the other's steps are
 * refused with 409 by the one-writer rule). The body holds the step's fields that change, as its contract writes
 * them, and {@code reason}. The item's streams are read directly, so the step is judged as it reads now.
 */
@RestController
class StepCorrectionController {

    private final Recording recording;
    private final LedgerStore store;
    private final ContractKnowledge contracts;
    private final CorrectedStepChecks checks;

    StepCorrectionController(Recording recording, LedgerStore store, ContractKnowledge contracts,
                             CorrectedStepChecks checks) {
        this.recording = recording;
        this.store = store;
        this.contracts = contracts;
        this.checks = checks;
    }

    @PostMapping("/api/commitments/{id}/steps/{eventId}/correction")
    ResponseEntity<Recorded> correct(@PathVariable String id, @PathVariable String eventId,
                                     @RequestBody ObjectNode body) {
        StepVersions.Step step = step(id, eventId);
        Secretariat recordedBy = Secretariat.ownerOf(step.streamId());
        if (recordedBy != recording.self()) {
            throw new NotOwner("this step of " + id + " was recorded by " + recordedBy + "; only " + recordedBy
                    + " can correct it (the " + recording.self() + " node records only " + recording.self()
                    + "'s own actions)");
        }
        Class<?> contract = step.recorded().getClass();
        List<String> correctable = CorrectableFields.of(contract).orElseThrow(() -> new UnknownItem(
                "step " + eventId + " of " + id));
        ObjectNode fields = body.deepCopy();
        JsonNode reason = fields.remove("reason");
        Checks found = new Checks();
        Map<String, JsonNode> changes = new LinkedHashMap<>();
        fields.properties().forEach(f -> {
            if (correctable.contains(f.getKey())) {
                changes.put(f.getKey(), f.getValue());
            } else {
                found.fail(f.getKey(), "cannot be corrected; the correctable fields of a "
                        + contract.getSimpleName() + " are " + String.join(", ", correctable)
                        + " (a status is changed by the workflow's own steps)");
            }
        });
        StepCorrected correction = new StepCorrected(id, eventId, EventContracts.typeName(contract), changes,
                reason != null && reason.isTextual() ? reason.asText() : null, recording.today());
        checks.check(step.current(), correction, found).orThrow();
        recording.record(new CorrectStep(step.streamId(), id, eventId, correction.stepType(), changes,
                correction.reason(), correction.actedOn()).to(CorrectedStepChecks.commandFor(contract)));
        return ResponseEntity.ok(new Recorded(id, "CORRECTED"));
    }

    /** The step in its item's streams (the item's own and both reply streams); 404 if either is unknown. */
    private StepVersions.Step step(String id, String eventId) {
        ItemIds.requireItemId(id);
        List<StepVersions.Stored> events = new ArrayList<>();
        Stream.of(id, ItemIds.replyTo(id, Secretariat.CITES), ItemIds.replyTo(id, Secretariat.CMS))
                .forEach(stream -> store.stream(stream).forEach(e -> contracts.read(e.payloadType(),
                        e.payloadRevision(), e.payload()).ifPresent(event ->
                        events.add(new StepVersions.Stored(stream, e.eventId(), event)))));
        if (events.stream().noneMatch(e -> e.streamId().equals(id))) {
            throw new UnknownItem(id);
        }
        return StepVersions.find(events, eventId).orElseThrow(() -> new UnknownItem("step " + eventId + " of " + id));
    }
}
