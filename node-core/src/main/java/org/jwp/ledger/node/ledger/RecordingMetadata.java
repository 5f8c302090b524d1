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

    private RecordingMetadata() {
    }
}
