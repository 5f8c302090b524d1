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

    /**
     * One recorded step as it now reads ({@code payload}: corrections folded in); {@code earlier}: the versions a
     * correction replaced, oldest first, each with who corrected it, when and why; {@code assumed}: the fields whose
     * values its recorder assumed (RecordingMetadata), less those a correction has since stated.
     */
    public record HistoryEntry(String type, String origin, String recordedBy, Instant time, LocalDate actedOn,
                               String eventId, JsonNode payload,
                               @JsonInclude(JsonInclude.Include.NON_EMPTY) List<EarlierVersion> earlier,
                               @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> assumed) {

        public HistoryEntry(String type, String origin, String recordedBy, Instant time, LocalDate actedOn,
                            String eventId, JsonNode payload, List<EarlierVersion> earlier) {
            this(type, origin, recordedBy, time, actedOn, eventId, payload, earlier, List.of());
        }

        HistoryEntry corrected(JsonNode now, EarlierVersion replaced) {
            List<EarlierVersion> versions = new java.util.ArrayList<>(earlier);
            versions.add(replaced);
            return new HistoryEntry(type, origin, recordedBy, time, now.hasNonNull("actedOn")
                    ? LocalDate.parse(now.get("actedOn").asText()) : actedOn, eventId, now, List.copyOf(versions),
                    assumed.stream().filter(f -> !replaced.changed().contains(f)).toList());
        }
    }

    /** A version of a step that a correction replaced: the step as it read, and the correction's who, when, why. */
    public record EarlierVersion(JsonNode payload, List<String> changed, String correctedBy, Instant correctedAt,
                                 LocalDate correctedOn, String reason, String correctionEventId) {
    }

    CommitmentView withHistory(List<HistoryEntry> entries) {
        return new CommitmentView(id, type, owner, counterpart, status, overdue, deadline, title, programme,
                activityCodes, openedOn, details, entries);
    }
}
