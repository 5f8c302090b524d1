package org.jwp.ledger.node.report;

import org.jwp.ledger.events.EventContracts;
import org.jwp.ledger.events.consultation.ConsultationCommentSubmitted;
import org.jwp.ledger.events.consultation.ConsultationDeclined;
import org.jwp.ledger.events.consultation.ConsultationRequested;
import org.jwp.ledger.events.consultation.ConsultationWithdrawn;
import org.jwp.ledger.events.correction.StepCorrected;
import org.jwp.ledger.events.progress.ActivityResultCorrected;
import org.jwp.ledger.events.progress.ActivityResultWithdrawn;
import org.jwp.ledger.events.representation.RepresentationDeclined;
import org.jwp.ledger.events.representation.RepresentationReportAcknowledged;
import org.jwp.ledger.events.representation.RepresentationRequested;
import org.jwp.ledger.events.staffloan.StaffLoanCancelled;
import org.jwp.ledger.events.staffloan.StaffLoanCompleted;
import org.jwp.ledger.events.staffloan.StaffLoanDeclined;
import org.jwp.ledger.events.staffloan.StaffLoanProposed;
import org.jwp.ledger.node.ledger.ActingRights;
import org.jwp.ledger.node.ledger.Assumed;
import org.jwp.ledger.node.ledger.ContractKnowledge;
import org.jwp.ledger.node.ledger.ForbiddenEvent;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The events a report of a period is computed from, read without scanning the whole history: the streams something
 * was done on in the period, and the items opened earlier and still open when it began; then all their events up to
 * the period's end. Only events stored up to {@code asOf}, if given. Sorted in one order both nodes share.
 */
@Component
class ReportSource {

    record Snapshot(List<LedgerEvent> events, List<Report.Head> heads) {
    }

    private static final String[] OPENING = types(ConsultationRequested.class, StaffLoanProposed.class,
            RepresentationRequested.class);
    private static final String[] CLOSING = types(ConsultationCommentSubmitted.class, ConsultationDeclined.class,
            ConsultationWithdrawn.class, StaffLoanDeclined.class, StaffLoanCompleted.class, StaffLoanCancelled.class,
            RepresentationDeclined.class, RepresentationReportAcknowledged.class);

    private static final String[] RESULTS = CurrentResults.EVENTS.stream().map(EventContracts::typeName)
            .toArray(String[]::new);
    private static final String[] STEPS = EventContracts.ALL.stream()
            .filter(c -> !CurrentResults.EVENTS.contains(c)).map(EventContracts::typeName).toArray(String[]::new);

    private static final String[] AMENDING = types(ActivityResultCorrected.class, ActivityResultWithdrawn.class,
            StepCorrected.class);

    /**
     * What the recorder assumed, from the event's own metadata bytes (hashed with it): looked for first, as a byte
     * search, since nearly no event has it and a year's events are 100,000 rows.
     */
    private static final String ASSUMED = "case when position('\"assumed\"'::bytea in e.meta_data) > 0 "
            + "then convert_from(e.meta_data, 'UTF8')::jsonb ->> 'assumed' end ";

    private final NamedParameterJdbcTemplate jdbc;

    private final ContractKnowledge contracts;
    private final ActingRights rights;

    ReportSource(NamedParameterJdbcTemplate jdbc, ContractKnowledge contracts, ActingRights rights) {
        this.jdbc = jdbc;
        this.contracts = contracts;
        this.rights = rights;
    }

    /**
     * The report reads payloads straight from the store: each must be its origin's to emit, as for every read model
     * (ActingRightsCheck). One that is not stops the report, naming it: a report never shows such an event, nor
     * leaves it out without saying so.
     */
    private Object actedOn(String origin, String stream, String eventId, Object payload) {
        rights.refusal(origin, stream, payload).ifPresent(why -> {
            throw new ForbiddenEvent("the report cannot be built: event " + eventId + " of " + origin
                    + " in the ledger is not its to emit (" + why + ")");
        });
        return payload;
    }

    /** One snapshot of the database, so the heads reported are exactly those the events were read at. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Snapshot read(LocalDate from, LocalDate to, Instant asOf) {
        return read(from, to, asOf, null);
    }

    /**
     * As {@link #read(LocalDate, LocalDate, Instant)}, from exactly the given heads (origin: last sequence) if given:
     * the ledger as it stood when those heads were current, as an approval recorded them.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Snapshot read(LocalDate from, LocalDate to, Instant asOf, Map<String, Long> upTo) {
        return read(from, to, asOf, upTo, false);
    }

    /**
     * The workflow steps of the period's items only, no result event, and the ledger's current heads: for a draft
     * whose results come from the read model ({@link DraftSource}).
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Snapshot steps(LocalDate from, LocalDate to) {
        return read(from, to, null, null, true);
    }

    /** The store's last global index (0 if empty). */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public long lastIndex() {
        Long last = jdbc.getJdbcTemplate().queryForObject("select max(global_index) from domain_event_entry",
                Long.class);
        return last == null ? 0 : last;
    }

    /** A result event with its global index. */
    record Indexed(long index, Instant time, Object payload, Assumed assumed) {
    }

    /**
     * The result events a read model at this position has not reached: those after its index and those in its gaps,
     * in the order of the store.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public List<Indexed> resultEventsAfter(long index, List<Long> gaps) {
        List<Indexed> events = new ArrayList<>();
        // The positions first, through the primary key alone: without planner statistics PostgreSQL otherwise read
        // every result event by type and filtered them by position (0.7 s of a million-event ledger's report).
        jdbc.query("with tail as materialized (select global_index, payload_type from domain_event_entry "
                + "where global_index > :index or global_index = any(:gaps)) "
                + "select e.global_index, e.time_stamp, e.payload_type, e.payload_revision, e.payload, e.origin, "
                + "e.aggregate_identifier, e.event_identifier, " + ASSUMED
                + "from tail t join domain_event_entry e on e.global_index = t.global_index "
                + "where t.payload_type = any(:results) order by e.global_index", new MapSqlParameterSource("index",
                index).addValue("gaps", gaps.toArray(Long[]::new)).addValue("results", RESULTS), rs -> {
                    long at = rs.getLong(1);
                    Instant time = Instant.parse(rs.getString(2));
                    String origin = rs.getString(6);
                    String stream = rs.getString(7);
                    String id = rs.getString(8);
                    Assumed assumed = Assumed.parse(rs.getString(9));
                    contracts.read(rs.getString(3), rs.getString(4), rs.getBytes(5)).ifPresent(payload -> events.add(
                            new Indexed(at, time, actedOn(origin, stream, id, payload), assumed)));
                });
        return events;
    }

    private Snapshot read(LocalDate from, LocalDate to, Instant asOf, Map<String, Long> upTo, boolean stepsOnly) {
        MapSqlParameterSource p = new MapSqlParameterSource("from", Date.valueOf(from))
                .addValue("to", Date.valueOf(to))
                .addValue("asOf", asOf == null ? null : Timestamp.from(asOf))
                .addValue("opening", OPENING)
                .addValue("openOrClose", Stream.concat(Stream.of(OPENING), Stream.of(CLOSING)).toArray(String[]::new))
                .addValue("closing", CLOSING);
        String stored = asOf == null ? "" : " and e.stored_at <= :asOf";
        if (upTo != null) {
            p.addValue("upTo", headsJson(upTo));
            stored += " and e.origin_sequence <= coalesce((cast(:upTo as jsonb) ->> e.origin)::bigint, 0)";
        }
        Set<String> items = new TreeSet<>();
        // An item with a corrected step is read too: the correction may have moved one of its dates into the period.
        p.addValue("corrected", EventContracts.typeName(StepCorrected.class));
        // Without results: through the index by type and day, past the year's (possibly 100,000) result events.
        p.addValue("steps", STEPS);
        String acted = stepsOnly ? "e.payload_type = any(:steps) and e.acted_on between :from and :to"
                : "e.acted_on between :from and :to";
        jdbc.query("select distinct e.aggregate_identifier from domain_event_entry e "
                + "where (" + acted + " or e.payload_type = :corrected)" + stored, p, rs -> {
                    items.add(itemOf(rs.getString(1)));
                });
        jdbc.query("select regexp_replace(e.aggregate_identifier, '^(CITES|CMS)-RE-', '') from domain_event_entry e "
                + "where e.payload_type = any(:openOrClose) and e.acted_on < :from" + stored + " group by 1 "
                + "having bool_or(e.payload_type = any(:opening)) and not bool_or(e.payload_type = any(:closing))",
                p, rs -> {
                    items.add(rs.getString(1));
                });
        // A result counts in the period holding the year it reports on, whenever it was recorded or acted on: its
        // stream is read whole (result_year, kept by the store, V21).
        Set<String> ofTheYears = new TreeSet<>();
        if (!stepsOnly) {
            p.addValue("firstYear", from.getYear()).addValue("lastYear", to.getYear());
            jdbc.query("select distinct y.aggregate_identifier from result_year y join domain_event_entry e "
                    + "on e.event_identifier = y.event_identifier where y.year between :firstYear and :lastYear"
                    + stored, p, rs -> {
                        ofTheYears.add(rs.getString(1));
                    });
            items.addAll(ofTheYears);
        }
        List<String> streams = new ArrayList<>();
        // A result has no reply streams: asking for them made a year of 100,000 results 300,000 index probes.
        items.forEach(i -> streams.addAll(i.contains("-RES-") ? List.of(i) : List.of(i, "CITES-RE-" + i,
                "CMS-RE-" + i)));
        p.addValue("streams", streams.toArray(String[]::new));

        List<LedgerEvent> events = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        // A correction or withdrawal counts whenever it was made: the report shows results and steps as they now
        // read. Steps are read whatever day they were acted on; the report builder keeps those of the period.
        p.addValue("amending", AMENDING);
        // Only what the report reads: no chain hash (no join), no metadata; a year's events are 100,000 rows.
        jdbc.query("select e.origin, e.origin_sequence, e.event_identifier, e.time_stamp, e.payload_type, "
                + "e.payload_revision, e.payload, e.aggregate_identifier, " + ASSUMED + "from domain_event_entry e "
                + "where e.aggregate_identifier = any(:streams) "
                + "and (e.acted_on <= :to or e.payload_type = any(:amending) or e.aggregate_identifier = any(:fixed))"
                + stored, p.addValue("fixed", Stream.concat(Stream.of(correctedStreams(p, stored)),
                        ofTheYears.stream()).toArray(String[]::new)),
                rs -> {
                    String origin = rs.getString(1);
                    long sequence = rs.getLong(2);
                    String id = rs.getString(3);
                    Instant time = Instant.parse(rs.getString(4));
                    // A newer build's event this build cannot read yet is left out until the node is upgraded.
                    String stream = rs.getString(8);
                    Assumed assumed = Assumed.parse(rs.getString(9));
                    contracts.read(rs.getString(5), rs.getString(6), rs.getBytes(7)).ifPresent(payload -> {
                        events.add(new LedgerEvent(origin, sequence, time, actedOn(origin, stream, id, payload),
                                assumed));
                        ids.add(id);
                    });
                });
        // Into ledger order per origin here, not in the query: PostgreSQL sorted a year's wide rows on disk.
        Integer[] order = new Integer[events.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparing((Integer i) -> events.get(i).origin())
                .thenComparingLong(i -> events.get(i).sequence()));
        List<LedgerEvent> current = CurrentSteps.of(Stream.of(order).map(events::get).toList(),
                Stream.of(order).map(ids::get).toList());
        current.sort(Comparator.comparing(LedgerEvent::time).thenComparing(LedgerEvent::origin)
                .thenComparingLong(LedgerEvent::sequence));
        return new Snapshot(current, upTo == null ? heads(p, stored) : heads(p));
    }

    /** The streams among those read that hold a correction: all their steps are read, whatever their date. */
    private String[] correctedStreams(MapSqlParameterSource p, String stored) {
        return jdbc.queryForList("select distinct e.aggregate_identifier from domain_event_entry e "
                + "where e.aggregate_identifier = any(:streams) and e.payload_type = :corrected" + stored, p,
                String.class).toArray(String[]::new);
    }

    /** The ledger's heads (as of the instant, if given): per origin, last sequence and its chain hash. */
    private List<Report.Head> heads(MapSqlParameterSource p, String stored) {
        String last = stored.isEmpty()
                ? "select origin, last_sequence as sequence from ledger_origin_head"
                : "select distinct on (e.origin) e.origin, e.origin_sequence as sequence from domain_event_entry e "
                + "where true" + stored + " order by e.origin, e.origin_sequence desc";
        // Each hash looked up by its key: without planner statistics a join read the whole chain (0.5 s of a
        // million events).
        return jdbc.query("select h.origin, h.sequence, (select c.hash from ledger_chain c where c.origin = h.origin "
                        + "and c.sequence = h.sequence) from (" + last + ") h order by h.origin", p,
                (rs, n) -> new Report.Head(rs.getString(1), rs.getLong(2), rs.getString(3)));
    }

    /** The chain hashes of exactly the given heads. */
    private List<Report.Head> heads(MapSqlParameterSource p) {
        return jdbc.query("select h.key, h.value::bigint, (select c.hash from ledger_chain c where c.origin = h.key "
                        + "and c.sequence = h.value::bigint) from jsonb_each_text(cast(:upTo as jsonb)) h "
                        + "where exists (select 1 from ledger_chain c where c.origin = h.key "
                        + "and c.sequence = h.value::bigint) order by h.key", p,
                (rs, n) -> new Report.Head(rs.getString(1), rs.getLong(2), rs.getString(3)));
    }

    private static String headsJson(Map<String, Long> upTo) {
        StringBuilder json = new StringBuilder("{");
        upTo.forEach((origin, sequence) -> json.append(json.length() > 1 ? "," : "").append('"')
                .append(origin.replaceAll("[^A-Z]", "")).append("\":").append(sequence));
        return json.append('}').toString();
    }

    /** The item a stream is about: a reply stream {@code CMS-RE-CITES-CONS-...} answers {@code CITES-CONS-...}. */
    private static String itemOf(String stream) {
        return stream.startsWith("CITES-RE-") ? stream.substring(9) : stream.startsWith("CMS-RE-")
                ? stream.substring(7) : stream;
    }

    private static String[] types(Class<?>... contracts) {
        return Stream.of(contracts).map(EventContracts::typeName).toArray(String[]::new);
    }
}
