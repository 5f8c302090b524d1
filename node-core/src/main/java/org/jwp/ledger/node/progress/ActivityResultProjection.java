package org.jwp.ledger.node.progress;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.jwp.ledger.events.ActivityCode;
import org.jwp.ledger.events.DocumentReference;
import org.jwp.ledger.events.Taxon;
import org.jwp.ledger.events.progress.ActivityResultRecorded;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.Instant;
import java.util.List;

/** Result passages recorded for programme activities, by either secretariat. */
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

    ActivityResultProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private record Row(ActivityResultRecorded e, Instant recordedAt) {
    }

    @EventHandler
    void on(ActivityResultRecorded e, @Timestamp Instant recordedAt) {
        rows.add(new Row(e, recordedAt));
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
