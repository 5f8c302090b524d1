package org.jwp.ledger.node.ledger;

/** Metadata every recorded event carries (besides Axon's correlationId and traceId). */
public final class RecordingMetadata {

    /** The secretariat whose node recorded the event; the owner of its stream. */
    public static final String ORIGIN = "origin";
    /** The signed-in user who recorded it. */
    public static final String RECORDED_BY = "recordedBy";
    /** When the node accepted the command, UTC, ISO-8601. */
    public static final String RECORDED_AT = "recordedAt";

    public static final String[] KEYS = {ORIGIN, RECORDED_BY, RECORDED_AT};

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    private RecordingMetadata() {
    }

    /** Who recorded a stored event, from its metadata bytes; null if it does not say. */
    public static String recordedBy(StoredEvent e) {
        try {
            com.fasterxml.jackson.databind.JsonNode by = JSON.readTree(e.metadata()).get(RECORDED_BY);
            return by == null || by.isNull() ? null : by.asText();
        } catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException("unreadable metadata of event " + e.eventId(), ex);
        }
    }
}
