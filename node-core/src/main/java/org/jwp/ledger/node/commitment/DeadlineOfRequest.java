package org.jwp.ledger.node.commitment;

import com.fasterxml.jackson.databind.JsonNode;
import org.jwp.ledger.node.lifecycle.Deadline;

import java.time.LocalDate;

/**
 * The lifecycle's deadline of a status (lifecycle/Deadline) as this projection evaluates it over the item's stored
 * request: in SQL when it moves a row on, and in Java when the commitments are rebuilt as of an earlier instant, so
 * the two cannot drift apart. A consultation's due date is the row's own, as last extended.
 */
final class DeadlineOfRequest {

    private DeadlineOfRequest() {
    }

    static String sql(Deadline d) {
        return switch (d) {
            case NONE -> "null";
            case DUE_DATE -> "deadline";
            case START_DATE -> "(details->'request'->>'startDate')::date";
            case END_DATE -> "(details->'request'->>'endDate')::date";
            case REPORT_DUE -> "(details->'request'->>'endDate')::date + " + Deadline.REPORT_DAYS;
        };
    }

    static LocalDate of(Deadline d, JsonNode request, LocalDate current) {
        return d.of(current, date(request, "startDate"), date(request, "endDate"));
    }

    private static LocalDate date(JsonNode request, String field) {
        return request.hasNonNull(field) ? LocalDate.parse(request.get(field).asText()) : null;
    }
}
