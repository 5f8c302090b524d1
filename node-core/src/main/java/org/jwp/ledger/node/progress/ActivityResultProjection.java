package org.jwp.ledger.node.progress;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.jwp.ledger.events.ActivityCode;
import org.jwp.ledger.events.DocumentReference;
import org.jwp.ledger.events.Taxon;
import org.jwp.ledger.events.progress.ActivityResultCorrected;
import org.jwp.ledger.events.progress.ActivityResultRecorded;
import org.jwp.ledger.events.progress.ActivityResultWithdrawn;
import org.jwp.ledger.node.ledger.Assumed;
import org.jwp.ledger.node.ledger.RecordingMetadata;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Result passages recorded for programme activities, by either secretariat, as corrected; withdrawn ones leave. */
@Component
@ProcessingGroup(ActivityResultProjection.NAME)
class ActivityResultProjection {

    static final String NAME = "activity-results";

    private static final String INSERT = """
            insert into activity_result (id, recorded_by, programme, activity_codes, year, joint, text, document_refs,
                                         species, acted_on, recorded_at, recorded_nanos, recorded_index, acted_days,
                                         assumed)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, array[?::date], ?)""";

    private final JdbcTemplate jdbc;
    // One list in the order handled: with inserts and changes kept apart, a batch that began with a correction
    // wrote its changes first, and a result recorded and withdrawn later in that batch stayed in the table.
    private final BatchedRows<Object> handled = new BatchedRows<>(NAME, this::write);

    ActivityResultProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code index}: the recording event's global index, which orders one origin's events as its sequence does. */
    private record Row(ActivityResultRecorded e, Instant recordedAt, long index, Assumed assumed) {
    }

    /** A correction with what its recorder assumed. */
    private record Correction(ActivityResultCorrected c, Assumed assumed) {
    }

    @EventHandler
    void on(ActivityResultRecorded e, @Timestamp Instant recordedAt, TrackingToken token,
            @MetaDataValue(RecordingMetadata.ASSUMED) String assumed) {
        handled.add(new Row(e, recordedAt, token.position().orElseThrow(() -> new IllegalStateException(
                "a result is projected from the store, where each event has its global index")),
                Assumed.parse(assumed)));
    }

    @EventHandler
    void on(ActivityResultCorrected e, @MetaDataValue(RecordingMetadata.ASSUMED) String assumed) {
        handled.add(new Correction(e, Assumed.parse(assumed)));
    }

    @EventHandler
    void on(ActivityResultWithdrawn e) {
        handled.add(e);
    }

    /** In the order handled: consecutive new results in one JDBC batch, each change after the rows before it. */
    private void write(List<Object> batch) {
        List<Row> rows = new ArrayList<>();
        for (Object event : batch) {
            if (event instanceof Row row) {
                rows.add(row);
                continue;
            }
            insert(rows);
            rows.clear();
            if (event instanceof ActivityResultWithdrawn w) {
                jdbc.update("delete from activity_result where id = ?", w.resultId());
            } else if (event instanceof Correction c) {
                correct(c.c(), c.assumed());
            }
        }
        insert(rows);
    }

    /** Each field the correction gives replaces the stored one; the others stay. */
    private void correct(ActivityResultCorrected c, Assumed assumed) {
        jdbc.update(con -> {
            var ps = con.prepareStatement("""
                    update activity_result set activity_codes = coalesce(?, activity_codes), year = coalesce(?, year),
                           text = coalesce(?, text), document_refs = coalesce(?, document_refs),
                           species = coalesce(?, species), joint = coalesce(?, joint),
                           acted_days = array_remove(acted_days || ?::date, null), last_correction = ?,
                           assumed = case when ? then array_remove(assumed, 'year') || ?::text[] else assumed end
                    where id = ?""");
            ps.setArray(1, c.activityCodes() == null ? null : con.createArrayOf("text",
                    c.activityCodes().stream().map(ActivityCode::value).toArray()));
            ps.setObject(2, c.year(), java.sql.Types.INTEGER);
            ps.setString(3, c.text());
            ps.setArray(4, c.documentRefs() == null ? null : con.createArrayOf("text",
                    c.documentRefs().stream().map(DocumentReference::value).toArray()));
            ps.setArray(5, c.species() == null ? null : con.createArrayOf("text",
                    c.species().stream().map(Taxon::name).toArray()));
            ps.setObject(6, c.joint(), java.sql.Types.BOOLEAN);
            // As the report words it: the last correction's day and reason.
            ps.setObject(7, c.actedOn() == null ? null : Date.valueOf(c.actedOn()), java.sql.Types.DATE);
            ps.setString(8, c.actedOn() + ": " + c.reason());
            // As CurrentResults.corrected: a correction giving the year states it, unless it too assumed it.
            ps.setBoolean(9, c.year() != null);
            ps.setArray(10, con.createArrayOf("text", assumed.has("year") ? new Object[]{"year"} : new Object[0]));
            ps.setString(11, c.resultId());
            return ps;
        });
    }

    private void insert(List<Row> batch) {
        if (batch.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(INSERT, batch, batch.size(), (ps, row) -> {
            ActivityResultRecorded e = row.e();
            ps.setString(1, e.resultId());
            ps.setString(2, e.recordedBy().name());
            ps.setString(3, e.programme());
            ps.setArray(4, ps.getConnection().createArrayOf("text",
                    e.activityCodes().stream().map(ActivityCode::value).toArray()));
            ps.setInt(5, e.year());
            ps.setBoolean(6, e.joint());
            ps.setString(7, e.text());
            ps.setArray(8, ps.getConnection().createArrayOf("text",
                    e.documentRefs().stream().map(DocumentReference::value).toArray()));
            ps.setArray(9, ps.getConnection().createArrayOf("text", e.species().stream().map(Taxon::name).toArray()));
            ps.setDate(10, Date.valueOf(e.actedOn()));
            ps.setTimestamp(11, java.sql.Timestamp.from(row.recordedAt()));
            ps.setLong(12, Math.addExact(Math.multiplyExact(row.recordedAt().getEpochSecond(), 1_000_000_000L),
                    row.recordedAt().getNano()));
            ps.setLong(13, row.index());
            ps.setDate(14, Date.valueOf(e.actedOn()));
            ps.setArray(15, ps.getConnection().createArrayOf("text", row.assumed().sorted().toArray()));
        });
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from activity_result");
    }
}
