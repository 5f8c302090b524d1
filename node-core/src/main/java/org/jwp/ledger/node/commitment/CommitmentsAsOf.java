package org.jwp.ledger.node.commitment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.jwp.ledger.events.EventContracts;
import org.jwp.ledger.events.EventJson;
import org.jwp.ledger.node.ledger.ContractKnowledge;
import org.jwp.ledger.node.ledger.LedgerStore;
import org.jwp.ledger.node.ledger.RecordingMetadata;
import org.jwp.ledger.node.ledger.StoredEvent;
import org.jwp.ledger.node.ledger.UnknownItem;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The commitments as they stood at an instant, rebuilt from the events stored up to then through the same
 * projection code, held in memory: "what had been agreed by 31 December 2023?".
 */
@Component
class CommitmentsAsOf {

    private final JdbcTemplate jdbc;
    private final ContractKnowledge contracts;
    private final ObjectMapper json = EventJson.mapper();

    CommitmentsAsOf(JdbcTemplate jdbc, ContractKnowledge contracts) {
        this.jdbc = jdbc;
        this.contracts = contracts;
    }

    List<CommitmentView> list(Instant asOf, CommitmentQueries.Filter f) {
        LocalDate day = LocalDate.ofInstant(asOf, ZoneOffset.UTC);
        return rebuild(asOf).values().stream().map(c -> c.view(day, false))
                .filter(v -> f.type() == null || v.type() == f.type())
                .filter(v -> f.status() == null || v.status().equals(f.status()))
                .filter(v -> f.counterpart() == null || v.counterpart().equals(f.counterpart()))
                .filter(v -> f.activity() == null || v.activityCodes().contains(f.activity()))
                .filter(v -> f.overdue() == null || v.overdue() == f.overdue())
                .sorted(Comparator.comparing(CommitmentView::overdue).reversed()
                        .thenComparing(CommitmentView::deadline, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(CommitmentView::id))
                .toList();
    }

    CommitmentView one(String id, Instant asOf) {
        Item item = rebuild(asOf).get(id);
        if (item == null) {
            throw new UnknownItem(id + " as of " + asOf);
        }
        return item.view(LocalDate.ofInstant(asOf, ZoneOffset.UTC), true);
    }

    private Map<String, Item> rebuild(Instant asOf) {
        List<String> types = HANDLED.stream().map(EventContracts::typeName).toList();
        Memory memory = new Memory();
        CommitmentProjection projection = new CommitmentProjection(memory);
        jdbc.query("select " + LedgerStore.COLUMNS + LedgerStore.FROM + "where e.payload_type = any(?) "
                        + "order by e.global_index", rs -> {
                    StoredEvent e = LedgerStore.ROW.mapRow(rs, 0);
                    Instant time = Instant.parse(e.timestamp());
                    // A newer build's event this build cannot read yet stays out, as it does in the projection.
                    if (!time.isAfter(asOf) && contracts.readable(e.payloadType(), e.payloadRevision())) {
                        dispatch(projection, message(e, time));
                    }
                }, (Object) types.toArray(String[]::new));
        return memory.items;
    }

    /** The contracts the commitments projection has a handler for: nothing else is read for a rebuild. */
    private static final List<Class<?>> HANDLED = java.util.Arrays.stream(CommitmentProjection.class
                    .getDeclaredMethods())
            .filter(m -> m.getName().equals("on") && m.getParameterCount() == 2)
            .<Class<?>>map(m -> m.getParameterTypes()[0]).toList();

    private EventMessage<?> message(StoredEvent e, Instant time) {
        try {
            Object payload = EventContracts.read(e.payloadType(), e.payloadRevision(), e.payload());
            Map<String, Object> meta = json.readValue(e.metadata(), Map.class);
            return new GenericEventMessage<>(e.eventId(), payload, MetaData.from(meta), time);
        } catch (IOException ex) {
            throw new UncheckedIOException("unreadable event " + e, ex);
        }
    }

    /** Calls the projection's handler for the payload's type, as Axon would. */
    private static void dispatch(CommitmentProjection projection, EventMessage<?> m) {
        try {
            CommitmentProjection.class.getDeclaredMethod("on", m.getPayloadType(), EventMessage.class)
                    .invoke(projection, m.getPayload(), m);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the commitments projection cannot apply " + m.getPayloadType(), e);
        }
    }

    private static final class Item {
        CommitmentWriter.Opening opening;
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

    /** The projection's writer, in memory. */
    private final class Memory extends CommitmentWriter {
        final Map<String, Item> items = new LinkedHashMap<>();

        Memory() {
            super(null);
        }

        @Override
        void open(Opening o, EventMessage<?> event) {
            Item item = new Item();
            item.opening = o;
            item.status = o.status();
            item.deadline = o.deadline();
            item.details = json.createObjectNode();
            item.details.set("request", json.valueToTree(event.getPayload()));
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
            item.deadline = deadline.of(item.details.get("request"));
            item.details.set(key(event), json.valueToTree(event.getPayload()));
            record(item, event);
        }

        @Override
        void reschedule(String id, LocalDate deadline, EventMessage<?> event) {
            Item item = items.get(id);
            if (item == null) {
                return;
            }
            item.deadline = deadline;
            item.details.set(key(event), json.valueToTree(event.getPayload()));
            record(item, event);
        }

        private void record(Item item, EventMessage<?> event) {
            JsonNode payload = json.valueToTree(event.getPayload());
            item.history.add(new CommitmentView.HistoryEntry(key(event),
                    (String) event.getMetaData().get(RecordingMetadata.ORIGIN),
                    (String) event.getMetaData().get(RecordingMetadata.RECORDED_BY), event.getTimestamp(),
                    payload.hasNonNull("actedOn") ? LocalDate.parse(payload.get("actedOn").asText()) : null,
                    event.getIdentifier(), payload));
        }

        private String key(EventMessage<?> event) {
            return EventContracts.shortName(event.getPayloadType().getName());
        }
    }
}
