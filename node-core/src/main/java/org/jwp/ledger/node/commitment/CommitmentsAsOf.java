package org.jwp.ledger.node.commitment;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.jwp.ledger.events.EventContracts;
import org.jwp.ledger.events.EventJson;
import org.jwp.ledger.node.ledger.ContractKnowledge;
import org.jwp.ledger.node.ledger.LedgerStore;
import org.jwp.ledger.format.StoredEvent;
import org.jwp.ledger.node.ledger.UnknownItem;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
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
        CommitmentsInMemory.Item item = rebuild(asOf).get(id);
        if (item == null) {
            throw new UnknownItem(id + " as of " + asOf);
        }
        return item.view(LocalDate.ofInstant(asOf, ZoneOffset.UTC), true);
    }

    private Map<String, CommitmentsInMemory.Item> rebuild(Instant asOf) {
        List<String> types = HANDLED.stream().map(EventContracts::typeName).toList();
        CommitmentsInMemory memory = new CommitmentsInMemory();
        CommitmentProjection projection = new CommitmentProjection(memory);
        jdbc.query("select " + LedgerStore.COLUMNS + LedgerStore.FROM + "where e.payload_type = any(?) "
                        + "order by e.global_index", rs -> {
                    StoredEvent e = LedgerStore.ROW.mapRow(rs, 0);
                    Instant time = Instant.parse(e.timestamp());
                    // A newer build's event this build cannot read yet stays out, as it does in the projection.
                    if (!time.isAfter(asOf) && contracts.readable(e.payloadType(), e.payloadRevision())) {
                        CommitmentsInMemory.dispatch(projection, message(e, time));
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
}
