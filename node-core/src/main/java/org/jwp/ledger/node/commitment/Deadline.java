package org.jwp.ledger.node.commitment;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;

/**
 * When an open item becomes overdue, in terms of its request (docs/api.md). Evaluated in SQL by the projection and
 * in Java when the commitments are rebuilt as of an earlier instant, so the two cannot drift apart.
 */
enum Deadline {
    NONE("null", 0, null),
    START_DATE("(details->'request'->>'startDate')::date", 0, "startDate"),
    END_DATE("(details->'request'->>'endDate')::date", 0, "endDate"),
    /** The representative's report is due within 30 days of the meeting's end. */
    REPORT_DUE("(details->'request'->>'endDate')::date + 30", 30, "endDate");

    private final String sql;
    private final int days;
    private final String field;

    Deadline(String sql, int days, String field) {
        this.sql = sql;
        this.days = days;
        this.field = field;
    }

    String sql() {
        return sql;
    }

    LocalDate of(JsonNode request) {
        return field == null ? null : LocalDate.parse(request.get(field).asText()).plusDays(days);
    }
}
