package org.jwp.ledger.node.replication;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jwp.ledger.format.StoredEvent;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * A stored event as a CloudEvent 1.0 (JSON format) and back, losing nothing: payload and metadata travel as base64 of
 * the stored bytes, so the receiver stores exactly what the origin stored (docs/replication.md).
 */
public final class CloudEventMapping {

    public static final String MEDIA_TYPE = "application/cloudevents-batch+json";
    static final String ORIGIN = "ledgerorigin";
    static final String SEQUENCE = "ledgersequence";
    static final String AGGREGATE_TYPE = "ledgeraggregatetype";
    static final String AGGREGATE_SEQUENCE = "ledgeraggregateseq";
    static final String METADATA = "ledgermetadata";
    static final String HASH = "ledgerhash";
    private static final String REVISION_MARK = ".v";

    private CloudEventMapping() {
    }

    public static String source(String origin) {
        return "urn:jwp-ledger:" + origin.toLowerCase(Locale.ROOT);
    }

    /** The CloudEvents type: the contract's type name and revision, e.g. {@code ...ConsultationRequested.v1}. */
    public static String type(String payloadType, String revision) {
        return payloadType + REVISION_MARK + revision;
    }

    public static ObjectNode toCloudEvent(StoredEvent e, ObjectMapper json) {
        ObjectNode ce = json.createObjectNode();
        ce.put("specversion", "1.0");
        ce.put("id", e.eventId());
        ce.put("source", source(e.origin()));
        ce.put("type", type(e.payloadType(), e.payloadRevision()));
        ce.put("time", e.timestamp());
        ce.put("subject", e.aggregateId());
        ce.put("datacontenttype", "application/json");
        ce.put(ORIGIN, e.origin());
        ce.put(SEQUENCE, e.sequence());
        ce.put(AGGREGATE_TYPE, e.aggregateType());
        ce.put(AGGREGATE_SEQUENCE, e.aggregateSequence());
        ce.put(METADATA, Base64.getEncoder().encodeToString(e.metadata()));
        if (e.hash() != null) {
            ce.put(HASH, e.hash());
        }
        ce.put("data_base64", Base64.getEncoder().encodeToString(e.payload()));
        return ce;
    }

    public static ArrayNode toBatch(List<StoredEvent> events, ObjectMapper json) {
        ArrayNode batch = json.createArrayNode();
        events.forEach(e -> batch.add(toCloudEvent(e, json)));
        return batch;
    }

    /** Reads a batch; anything missing or malformed is a {@link MalformedFeed} naming the event and attribute. */
    public static List<StoredEvent> fromBatch(JsonNode batch) {
        if (batch == null || !batch.isArray()) {
            throw new MalformedFeed("the feed answered something other than a JSON array of CloudEvents");
        }
        List<StoredEvent> events = new ArrayList<>(batch.size());
        for (JsonNode ce : batch) {
            events.add(fromCloudEvent(ce));
        }
        return events;
    }

    static StoredEvent fromCloudEvent(JsonNode ce) {
        String id = text(ce, "id", "?");
        if (!"1.0".equals(text(ce, "specversion", id))) {
            throw new MalformedFeed("event " + id + " is not a CloudEvent 1.0");
        }
        String type = text(ce, "type", id);
        int mark = type.lastIndexOf(REVISION_MARK);
        if (mark <= 0) {
            throw new MalformedFeed("event " + id + " has type " + type + " without a revision");
        }
        String origin = text(ce, ORIGIN, id);
        if (!source(origin).equals(text(ce, "source", id))) {
            throw new MalformedFeed("event " + id + " has source " + ce.get("source") + " but origin " + origin);
        }
        return new StoredEvent(origin, number(ce, SEQUENCE, id), id, text(ce, "subject", id),
                number(ce, AGGREGATE_SEQUENCE, id), ce.hasNonNull(AGGREGATE_TYPE) ? ce.get(AGGREGATE_TYPE).asText()
                : null, text(ce, "time", id), type.substring(0, mark), type.substring(mark + REVISION_MARK.length()),
                base64(ce, "data_base64", id), base64(ce, METADATA, id), text(ce, HASH, id));
    }

    private static String text(JsonNode ce, String attribute, String id) {
        JsonNode v = ce.get(attribute);
        if (v == null || !v.isTextual() || v.asText().isEmpty()) {
            throw new MalformedFeed("event " + id + " lacks the string attribute " + attribute);
        }
        return v.asText();
    }

    private static long number(JsonNode ce, String attribute, String id) {
        JsonNode v = ce.get(attribute);
        if (v == null || !v.canConvertToLong() || !v.isIntegralNumber()) {
            throw new MalformedFeed("event " + id + " lacks the integer attribute " + attribute);
        }
        return v.asLong();
    }

    private static byte[] base64(JsonNode ce, String attribute, String id) {
        try {
            return Base64.getDecoder().decode(text(ce, attribute, id));
        } catch (IllegalArgumentException e) {
            throw new MalformedFeed("event " + id + " has invalid base64 in " + attribute);
        }
    }
}
