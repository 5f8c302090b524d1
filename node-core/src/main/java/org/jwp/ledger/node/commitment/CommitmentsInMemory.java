package org.jwp.ledger.node.commitment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.jwp.ledger.events.EventContracts;
import org.jwp.ledger.events.EventJson;
import org.jwp.ledger.events.correction.StepCorrected;
import org.jwp.ledger.node.ledger.Assumed;
import org.jwp.ledger.node.lifecycle.Deadline;
import org.jwp.ledger.node.ledger.RecordingMetadata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The commitments projection's writer, in memory: the commitments as they stood at an instant
 * ({@link CommitmentsAsOf}), and an item re-derived from its steps as they now read after one of them was
 * corrected ({@link #rederive}). Both run the projection's own code, so neither can drift from the projection.
 */
class CommitmentsInMemory extends CommitmentWriter {

    private static final ObjectMapper JSON = EventJson.mapper();

    final Map<String, Item> items = new LinkedHashMap<>();

    CommitmentsInMemory() {
        super(null);
    }

    static final class Item {
        Opening opening;
        String status;
        LocalDate deadline;
        ObjectNode details;
        final List<CommitmentView.HistoryEntry> history = new ArrayList<>();

        CommitmentView view(LocalDate day, boolean withHistory) {
            return new CommitmentView(opening.id(), opening.type(), opening.owner().name(),
                    opening.counterpart().name(), status, deadline != null && deadline.isBefore(day), deadline,
                    opening.title(), opening.programme(), opening.codes().stream().map(Object::toString).toList(),
                    opening.openedOn(), details, withHistory ? List.copyOf(history) : null);
        }
    }

    /**
     * The item as its steps (history entries, payloads as they now read) make it: title, status, deadline and
     * details. Corrections in the history are passed over; their effect is already in the steps' payloads.
     */
    static Item rederive(List<CommitmentView.HistoryEntry> history) {
        CommitmentsInMemory memory = new CommitmentsInMemory();
        CommitmentProjection projection = new CommitmentProjection(memory);
        for (CommitmentView.HistoryEntry h : history) {
            if (!h.type().equals(StepCorrected.class.getSimpleName())) {
                dispatch(projection, message(h));
            }
        }
        if (memory.items.size() != 1) {
            throw new IllegalStateException("the steps of one item opened " + memory.items.size() + " items");
        }
        return memory.items.values().iterator().next();
    }

    /** The version a correction replaced, as the item's history keeps it. */
    static CommitmentView.EarlierVersion replaced(CommitmentView.HistoryEntry step, StepCorrected c,
                                                  EventMessage<?> correction) {
        return new CommitmentView.EarlierVersion(step.payload(), List.copyOf(c.changes().keySet()),
                (String) correction.getMetaData().get(RecordingMetadata.RECORDED_BY), correction.getTimestamp(),
                c.actedOn(), c.reason(), correction.getIdentifier());
    }

    @Override
    void open(Opening o, EventMessage<?> event) {
        Item item = new Item();
        item.opening = o;
        item.status = o.status();
        item.deadline = o.deadline();
        item.details = JSON.createObjectNode();
        item.details.set("request", JSON.valueToTree(event.getPayload()));
        items.put(o.id(), item);
        record(item, event);
    }

    /*
     * A step whose item was not yet opened at the instant asked for: the two secretariats' clocks disagree (a
     * reply stored, by its node's clock, before the request it answers). The item did not exist then, as far as
     * the ledger's times say, so neither does the step.
     */
    @Override
    void move(String id, String status, Deadline deadline, EventMessage<?> event) {
        Item item = items.get(id);
        if (item == null) {
            return;
        }
        item.status = status;
        item.deadline = DeadlineOfRequest.of(deadline, item.details.get("request"), item.deadline);
        item.details.set(key(event), JSON.valueToTree(event.getPayload()));
        record(item, event);
    }

    @Override
    void reschedule(String id, LocalDate deadline, EventMessage<?> event) {
        Item item = items.get(id);
        if (item == null) {
            return;
        }
        item.deadline = deadline;
        item.details.set(key(event), JSON.valueToTree(event.getPayload()));
        record(item, event);
    }

    @Override
    void correct(StepCorrected c, EventMessage<?> event) {
        Item item = items.get(c.itemId());
        int at = item == null ? -1 : indexOf(item.history, c.stepEventId());
        if (at < 0) {
            return; // the step was not yet stored at the instant asked for (see move)
        }
        CommitmentView.HistoryEntry step = item.history.get(at);
        item.history.set(at, step.corrected(c.applyTo(step.payload()), replaced(step, c, event)));
        Item now = rederive(item.history);
        item.opening = now.opening;
        item.status = now.status;
        item.deadline = now.deadline;
        item.details = now.details;
        record(item, event);
    }

    static int indexOf(List<CommitmentView.HistoryEntry> history, String eventId) {
        for (int i = 0; i < history.size(); i++) {
            if (history.get(i).eventId().equals(eventId)) {
                return i;
            }
        }
        return -1;
    }

    private void record(Item item, EventMessage<?> event) {
        JsonNode payload = JSON.valueToTree(event.getPayload());
        item.history.add(new CommitmentView.HistoryEntry(key(event),
                (String) event.getMetaData().get(RecordingMetadata.ORIGIN),
                (String) event.getMetaData().get(RecordingMetadata.RECORDED_BY), event.getTimestamp(),
                payload.hasNonNull("actedOn") ? LocalDate.parse(payload.get("actedOn").asText()) : null,
                event.getIdentifier(), payload, List.of(),
                Assumed.parse((String) event.getMetaData().get(RecordingMetadata.ASSUMED)).sorted()));
    }

    private static String key(EventMessage<?> event) {
        return EventContracts.shortName(event.getPayloadType().getName());
    }

    private static EventMessage<?> message(CommitmentView.HistoryEntry h) {
        Class<? extends Record> contract = EventContracts.byShortName(h.type())
                .orElseThrow(() -> new IllegalStateException("no contract named " + h.type()));
        try {
            return new GenericEventMessage<>(h.eventId(), JSON.treeToValue(h.payload(), contract),
                    MetaData.from(Map.of(RecordingMetadata.ORIGIN, h.origin(),
                            RecordingMetadata.RECORDED_BY, h.recordedBy())), h.time());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable step " + h.eventId() + " in the commitments projection", e);
        }
    }

    /** Calls the projection's handler for the payload's type, as Axon would. */
    static void dispatch(CommitmentProjection projection, EventMessage<?> m) {
        try {
            CommitmentProjection.class.getDeclaredMethod("on", m.getPayloadType(), EventMessage.class)
                    .invoke(projection, m.getPayload(), m);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the commitments projection cannot apply " + m.getPayloadType(), e);
        }
    }
}
