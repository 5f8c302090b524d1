package org.jwp.ledger.node.ui;

import org.jwp.ledger.events.catalogue.ProgrammeCatalogue;
import org.jwp.ledger.events.catalogue.SpeciesGroup;
import org.jwp.ledger.node.ledger.Assumed;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The ledger's events as the timeline page lists them, newest action first. Activity and species match the event's
 * own payload or, for a reply, the item it answers, so a comment shows up under its proposal's activity and taxon.
 */
@Component
class Timeline {

    static final int PAGE_SIZE = 50;

    record Filter(String origin, String type, String activity, String programme, String species, LocalDate from,
                  LocalDate to) {
    }

    /** {@code dateAssumed}: the recorder assumed the date of action (RecordingMetadata), and no correction stated it. */
    record Row(String origin, long sequence, String type, String item, LocalDate actedOn, Instant storedAt,
               String recordedBy, boolean dateAssumed) {
    }

    record Page(List<Row> rows, int page, long total) {

        public boolean hasNext() {
            return (long) (page + 1) * PAGE_SIZE < total;
        }
    }

    private static final String ITEM = "coalesce(p->>'consultationId', p->>'loanId', p->>'representationId', "
            + "e.aggregate_identifier)";

    /**
     * The result an event belongs to, as it was recorded: its corrections and its withdrawal carry neither programme
     * nor (unless changed) activities, yet belong to every filter their result matches. Followed by a condition on
     * {@code r.p}, the recording's payload, and a closing parenthesis.
     */
    private static final String RECORDED = "exists (select 1 from (select convert_from(d2.payload, 'UTF8')::jsonb as p"
            + " from domain_event_entry d2 where d2.aggregate_identifier = e.aggregate_identifier and d2.payload_type"
            + " = 'org.jwp.ledger.events.progress.ActivityResultRecorded') r where ";

    private final NamedParameterJdbcTemplate jdbc;

    Timeline(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Page page(Filter f, int page) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        StringBuilder where = new StringBuilder(" where true");
        if (f.origin() != null) {
            where.append(" and e.origin = :origin");
            params.addValue("origin", f.origin());
        }
        if (f.type() != null) {
            where.append(" and e.payload_type like :type");
            params.addValue("type", "%." + f.type());
        }
        if (f.activity() != null) {
            where.append(" and (p->'activityCodes' @> jsonb_build_array(:activity) or p->>'activityCode' = :activity"
                    + " or exists (select 1 from commitment c where c.id = " + ITEM
                    + " and :activity = any(c.activity_codes)) or " + RECORDED
                    + "(r.p->'activityCodes' @> jsonb_build_array(:activity) or r.p->>'activityCode' = :activity)))");
            params.addValue("activity", f.activity());
        }
        if (f.programme() != null) {
            where.append(" and (p->>'programme' = :programme or exists (select 1 from commitment c where c.id = "
                    + ITEM + " and c.programme = :programme) or " + RECORDED + "r.p->>'programme' = :programme))");
            params.addValue("programme", f.programme());
        }
        if (f.species() != null) {
            // A shared-species group, by its name or a common name ("sharks"), finds every taxon that falls in it.
            where.append(" and (p->>'taxon' ilike :species or exists (select 1 from jsonb_array_elements_text("
                    + "coalesce(p->'species', '[]')) s where s ilike :species) or exists (select 1 from commitment c"
                    + " where c.id = " + ITEM + " and c.details->'request'->>'taxon' ilike :species)"
                    + " or exists (select 1 from search_entry g where g.id = " + ITEM
                    + " and g.species_groups && cast(:groups as text[])))");
            params.addValue("groups", ProgrammeCatalogue.standard().programmes().stream()
                    .flatMap(programme -> programme.sharedSpecies().stream())
                    .filter(g -> g.isNamedBy(f.species())).map(SpeciesGroup::name).distinct()
                    .toArray(String[]::new));
            params.addValue("species", "%" + f.species().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (f.from() != null) {
            where.append(" and e.acted_now >= :from");
            params.addValue("from", Date.valueOf(f.from()));
        }
        if (f.to() != null) {
            where.append(" and e.acted_now <= :to");
            params.addValue("to", Date.valueOf(f.to()));
        }
        // A corrected step is listed on the day it now reads as acted on (the commitments projection holds it).
        String from = " from (select d.*, convert_from(d.payload, 'UTF8')::jsonb as p,"
                + " convert_from(d.meta_data, 'UTF8')::jsonb as m, coalesce(ce.acted_on, d.acted_on) as acted_now,"
                + " coalesce(jsonb_array_length(ce.earlier), 0) as corrections,"
                + " ce.event_id is not null as projected, ce.assumed as projected_assumed from domain_event_entry d"
                + " left join commitment_event ce on ce.event_id = d.event_identifier) e";
        long total = jdbc.queryForObject("select count(*)" + from + where, params, Long.class);
        params.addValue("limit", PAGE_SIZE).addValue("offset", (long) page * PAGE_SIZE);
        List<Row> rows = jdbc.query("select e.origin, e.origin_sequence, e.payload_type, " + ITEM + " as item,"
                + " e.acted_now, e.stored_at, m->>'recordedBy' as recorded_by,"
                + " exists (select 1 from held_event h where h.event_identifier = e.event_identifier) as held,"
                + " e.corrections,"
                // A step's marks as its corrections left them (the projection); any other event's, its own.
                + " case when e.projected then e.projected_assumed else e.m ->> 'assumed' end" + from + where
                + " order by e.acted_now desc nulls last, e.stored_at desc, e.origin, e.origin_sequence desc"
                + " limit :limit offset :offset", params, (rs, n) -> new Row(rs.getString(1), rs.getLong(2),
                rs.getString(3).substring(rs.getString(3).lastIndexOf('.') + 1)
                        + (rs.getBoolean(8) ? " (recorded by a newer version; read once this node is upgraded)" : "")
                        + (rs.getInt(9) > 0 ? " (corrected)" : ""),
                rs.getString(4),
                rs.getDate(5) == null ? null : rs.getDate(5).toLocalDate(),
                rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant(), rs.getString(7),
                Assumed.parse(rs.getString(10)).has("actedOn")));
        return new Page(rows, page, total);
    }
}
