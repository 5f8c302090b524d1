package org.jwp.ledger.node.progress;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.jwp.ledger.events.DocumentReference;
import org.jwp.ledger.events.Taxon;
import org.jwp.ledger.events.progress.ActivityResultRecorded;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Connection;
import java.sql.Date;
import java.time.Instant;
import java.util.List;

/** Results recorded per programme activity, by either secretariat. */
@Component
@ProcessingGroup(ActivityResultProjection.NAME)
class ActivityResultProjection {

    static final String NAME = "activity-results";

    private final JdbcTemplate jdbc;

    ActivityResultProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ActivityResultRecorded e, @Timestamp Instant recordedAt) {
        jdbc.update("""
                        insert into activity_result (id, recorded_by, programme, activity_code, year, joint, text,
                                                     document_refs, species, acted_on, recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                e.resultId(), e.recordedBy().name(), e.programme(), e.activityCode().value(), e.year(), e.joint(),
                e.text(), array(e.documentRefs().stream().map(DocumentReference::value).toList()),
                array(e.species().stream().map(Taxon::name).toList()), Date.valueOf(e.actedOn()),
                java.sql.Timestamp.from(recordedAt));
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from activity_result");
    }

    private java.sql.Array array(List<String> values) {
        return jdbc.execute((Connection c) -> c.createArrayOf("text", values.toArray()));
    }
}
