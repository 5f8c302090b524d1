package org.jwp.ledger.node.ledger;

import org.jwp.ledger.format.StoredEvent;

/** Metadata every recorded event carries (besides Axon's correlationId and traceId). */
public final class RecordingMetadata {

    /** The secretariat whose node recorded the event; the owner of its stream. */
    public static final String ORIGIN = "origin";
    /** The signed-in user who recorded it. */
    public static final String RECORDED_BY = "recordedBy";
    /** When the node accepted the command, UTC, ISO-8601. */
    public static final String RECORDED_AT = "recordedAt";

    /** The fields whose values the recorder assumed (only when some were): see {@link Assumed}. */
    public static final String ASSUMED = "assumed";

    public static final String[] KEYS = {ORIGIN, RECORDED_BY, RECORDED_AT, ASSUMED};

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    private RecordingMetadata() {
    }

    /** What the recorder of a stored event assumed, from its metadata bytes. */
    public static Assumed assumed(byte[] metadata) {
        if (metadata == null) {
            return Assumed.NONE;
        }
        try {
            com.fasterxml.jackson.databind.JsonNode a = JSON.readTree(metadata).get(ASSUMED);
            return a == null || a.isNull() ? Assumed.NONE : Assumed.parse(a.asText());
        } catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException("unreadable metadata", ex);
        }
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
