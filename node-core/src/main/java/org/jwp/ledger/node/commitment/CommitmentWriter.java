package org.jwp.ledger.node.commitment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.EventMessage;
import org.jwp.ledger.events.ActivityCode;
import org.jwp.ledger.events.EventContracts;
import org.jwp.ledger.events.EventJson;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.events.correction.StepCorrected;
import org.jwp.ledger.node.ledger.Assumed;
import org.jwp.ledger.node.lifecycle.Deadline;
import org.jwp.ledger.node.lifecycle.Lifecycle;
import org.jwp.ledger.node.ledger.RecordingMetadata;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

/** The SQL behind the commitments projection: open a row, move it on, and keep every event in its history. */
@Component
class CommitmentWriter {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json = EventJson.mapper();

    CommitmentWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record Opening(String id, CommitmentType type, Secretariat owner, Secretariat counterpart, String status,
                   String title, String programme, List<ActivityCode> codes, LocalDate deadline, LocalDate openedOn) {
    }

    void open(Opening o, EventMessage<?> event) {
        jdbc.update("""
                        insert into commitment (id, type, owner, counterpart, status, title, programme, activity_codes,
                                                deadline, opened_on, details, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, jsonb_build_object('request', ?::jsonb), ?)""",
                o.id(), o.type().name(), o.owner().name(), o.counterpart().name(), o.status(), truncate(o.title()),
                o.programme(), jdbc.execute((java.sql.Connection c) -> c.createArrayOf("text",
                        o.codes().stream().map(ActivityCode::value).toArray())),
                date(o.deadline()), Date.valueOf(o.openedOn()), payload(event), Timestamp.from(event.getTimestamp()));
        history(o.id(), event);
    }

    /** Moves the item on by the step the event records, to the status and deadline its lifecycle says. */
    void move(String id, Lifecycle lifecycle, EventMessage<?> event) {
        String status = lifecycle.stepFor(event.getPayloadType()).orElseThrow(() -> new IllegalStateException(
                event.getPayloadType().getSimpleName() + " is no step of a " + lifecycle.kind())).to();
        move(id, status, lifecycle.deadline(status), event);
    }

    /** Moves the item on, with the deadline that now applies to it. */
    void move(String id, String status, Deadline deadline, EventMessage<?> event) {
        String key = EventContracts.shortName(event.getPayloadType().getName());
        int updated = jdbc.update("update commitment set status = ?, deadline = " + DeadlineOfRequest.sql(deadline)
                        + ", details = details || jsonb_build_object(?, ?::jsonb), updated_at = ? where id = ?",
                status, key, payload(event), Timestamp.from(event.getTimestamp()), id);
        if (updated != 1) {
            // Replies are recorded only against items their node holds, and a peer's events arrive in order,
            // so this means the projection is broken: fail and retry rather than drop the event.
            throw new IllegalStateException("commitment " + id + " is not in the projection; cannot apply " + key);
        }
        history(id, event);
    }

    /** Sets only the deadline (e.g. a due date extended) and records the event. */
    void reschedule(String id, LocalDate deadline, EventMessage<?> event) {
        String key = EventContracts.shortName(event.getPayloadType().getName());
        jdbc.update("update commitment set deadline = ?, details = details || jsonb_build_object(?, ?::jsonb), "
                + "updated_at = ? where id = ?", date(deadline), key, payload(event),
                Timestamp.from(event.getTimestamp()), id);
        history(id, event);
    }

    /**
     * One of the item's steps was corrected: its history row now holds the step as it reads after the correction
     * (the version it replaced kept beside it), and the item is derived again from its steps, so its title, dates
     * and deadline follow the corrected fields. The correction itself joins the history.
     */
    void correct(StepCorrected c, EventMessage<?> event) {
        List<CommitmentView.HistoryEntry> steps = new java.util.ArrayList<>(jdbc.query("select * from "
                + "commitment_event where commitment_id = ? order by position",
                CommitmentQueries.historyRow(json), c.itemId()));
        int at = CommitmentsInMemory.indexOf(steps, c.stepEventId());
        if (at < 0) {
            // A step is stored before its correction (same stream, same origin, in order): the projection is broken.
            throw new IllegalStateException("step " + c.stepEventId() + " of " + c.itemId()
                    + " is not in the projection; cannot apply its correction");
        }
        CommitmentView.HistoryEntry step = steps.get(at);
        CommitmentView.HistoryEntry now = step.corrected(c.applyTo(step.payload()),
                CommitmentsInMemory.replaced(step, c, event));
        steps.set(at, now);
        jdbc.update("update commitment_event set payload = ?::jsonb, acted_on = ?, earlier = ?::jsonb, assumed = ? "
                + "where event_id = ?", write(now.payload()), date(now.actedOn()), write(now.earlier()),
                now.assumed().isEmpty() ? null : Assumed.of(now.assumed()).value(), c.stepEventId());
        CommitmentsInMemory.Item item = CommitmentsInMemory.rederive(steps);
        jdbc.update("update commitment set title = ?, deadline = ?, opened_on = ?, details = ?::jsonb, updated_at = ? "
                        + "where id = ?", truncate(item.opening.title()), date(item.deadline),
                Date.valueOf(item.opening.openedOn()), write(item.details), Timestamp.from(event.getTimestamp()),
                c.itemId());
        history(c.itemId(), event);
    }

    void reset() {
        jdbc.update("delete from commitment_event");
        jdbc.update("delete from commitment");
    }

    private void history(String id, EventMessage<?> event) {
        Object actedOn = null;
        try {
            actedOn = event.getPayload().getClass().getMethod("actedOn").invoke(event.getPayload());
        } catch (ReflectiveOperationException ignored) {
            // every contract has actedOn; a future one without it simply shows no date
        }
        jdbc.update("""
                        insert into commitment_event (commitment_id, event_id, type, origin, recorded_by, recorded_at,
                                                      acted_on, payload, assumed)
                        values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)""",
                id, event.getIdentifier(), EventContracts.shortName(event.getPayloadType().getName()),
                event.getMetaData().get(RecordingMetadata.ORIGIN), event.getMetaData().get(RecordingMetadata.RECORDED_BY),
                Timestamp.from(event.getTimestamp()), actedOn == null ? null : Date.valueOf((LocalDate) actedOn),
                payload(event), event.getMetaData().get(RecordingMetadata.ASSUMED));
    }

    private String payload(EventMessage<?> event) {
        return write(event.getPayload());
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass(), e);
        }
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private static String truncate(String s) {
        return s.length() <= 512 ? s : s.substring(0, 509) + "...";
    }
}
