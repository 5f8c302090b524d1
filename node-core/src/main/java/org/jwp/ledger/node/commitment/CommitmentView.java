package org.jwp.ledger.node.commitment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A commitment as staff and auditors see it; {@code history} only on the single-item view. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CommitmentView(String id, CommitmentType type, String owner, String counterpart, String status,
                             boolean overdue, LocalDate deadline, String title, String programme,
                             List<String> activityCodes, LocalDate openedOn, JsonNode details,
                             List<HistoryEntry> history) {

    public record HistoryEntry(String type, String origin, String recordedBy, Instant time, LocalDate actedOn,
                               String eventId, JsonNode payload) {
    }

    CommitmentView withHistory(List<HistoryEntry> entries) {
        return new CommitmentView(id, type, owner, counterpart, status, overdue, deadline, title, programme,
                activityCodes, openedOn, details, entries);
    }
}
