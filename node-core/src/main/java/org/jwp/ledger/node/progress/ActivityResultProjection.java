package org.jwp.ledger.node.progress;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.jwp.ledger.events.ActivityCode;
import org.jwp.ledger.events.DocumentReference;
import org.jwp.ledger.events.Taxon;
import org.jwp.ledger.events.progress.ActivityResultCorrected;
import org.jwp.ledger.events.progress.ActivityResultRecorded;
import org.jwp.ledger.events.progress.ActivityResultWithdrawn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.Instant;
import java.util.List;

/** Result passages recorded for programme activities, by either secretariat, as corrected; withdrawn ones leave. */
@Component
@ProcessingGroup(ActivityResultProjection.NAME)
class ActivityResultProjection {

    static final String NAME = "activity-results";

    private static final String INSERT = """
            insert into activity_result (id, recorded_by, programme, activity_codes, year, joint, text, document_refs,
                                         species, acted_on, recorded_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;
    private final BatchedRows<Row> rows = new BatchedRows<>(NAME + ".rows", this::insert);
    // Written after the batch's inserts (registered later in the unit of work), in the order handled.
    private final BatchedRows<Object> changes = new BatchedRows<>(NAME + ".changes", this::change);

    ActivityResultProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private record Row(ActivityResultRecorded e, Instant recordedAt) {
    }

    @EventHandler
    void on(ActivityResultRecorded e, @Timestamp Instant recordedAt) {
        rows.add(new Row(e, recordedAt));
    }

    @EventHandler
    void on(ActivityResultCorrected e) {
        changes.add(e);
    }

    @EventHandler
    void on(ActivityResultWithdrawn e) {
        changes.add(e);
    }

    private void change(List<Object> batch) {
        for (Object change : batch) {
            if (change instanceof ActivityResultWithdrawn w) {
                jdbc.update("delete from activity_result where id = ?", w.resultId());
            } else if (change instanceof ActivityResultCorrected c) {
                correct(c);
            }
        }
    }

    /** Each field the correction gives replaces the stored one; the others stay. */
    private void correct(ActivityResultCorrected c) {
        jdbc.update(con -> {
            var ps = con.prepareStatement("""
                    update activity_result set activity_codes = coalesce(?, activity_codes), year = coalesce(?, year),
                           text = coalesce(?, text), document_refs = coalesce(?, document_refs),
                           species = coalesce(?, species), joint = coalesce(?, joint)
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
            ps.setString(7, c.resultId());
            return ps;
        });
    }

    private void insert(List<Row> batch) {
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
        });
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from activity_result");
    }
}
