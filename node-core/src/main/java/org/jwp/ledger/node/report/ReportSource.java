package org.jwp.ledger.node.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.jwp.ledger.events.EventContracts;
import org.jwp.ledger.events.EventJson;
import org.jwp.ledger.node.ledger.LedgerStore;
import org.jwp.ledger.node.ledger.StoredEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The events a report is computed from (those stored up to {@code asOf}, if given) in one stable order both nodes
 * share — origin time, origin, sequence — and the heads they amount to.
 */
@Component
class ReportSource {

    record Snapshot(List<LedgerEvent> events, List<Report.Head> heads) {
    }

    private final JdbcTemplate jdbc;
    private final ObjectMapper json = EventJson.mapper();

    ReportSource(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Snapshot read(Instant asOf) {
        List<LedgerEvent> events = new ArrayList<>();
        Map<String, Report.Head> heads = new TreeMap<>();
        jdbc.query("select " + LedgerStore.COLUMNS + LedgerStore.FROM + "order by e.origin, e.origin_sequence", rs -> {
            StoredEvent e = LedgerStore.ROW.mapRow(rs, 0);
            Instant time = Instant.parse(e.timestamp());
            if (asOf == null || !time.isAfter(asOf)) {
                events.add(new LedgerEvent(e.origin(), e.sequence(), time, payload(e)));
                heads.put(e.origin(), new Report.Head(e.origin(), e.sequence(), e.hash()));
            }
        });
        events.sort(Comparator.comparing(LedgerEvent::time).thenComparing(LedgerEvent::origin)
                .thenComparingLong(LedgerEvent::sequence));
        return new Snapshot(events, List.copyOf(heads.values()));
    }

    private Object payload(StoredEvent e) {
        try {
            return json.readValue(e.payload(), EventContracts.byTypeName(e.payloadType()).orElseThrow(
                    () -> new IllegalStateException("unknown event type " + e.payloadType())));
        } catch (IOException ex) {
            throw new UncheckedIOException("unreadable event " + e, ex);
        }
    }
}
