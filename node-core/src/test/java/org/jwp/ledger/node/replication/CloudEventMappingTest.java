package org.jwp.ledger.node.replication;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.jwp.ledger.events.EventJson;
import org.jwp.ledger.format.StoredEvent;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CloudEventMappingTest {

    private final ObjectMapper json = EventJson.mapper();
    private final StoredEvent event = new StoredEvent("CITES", 7, "5f0c-event", "CITES-CONS-2025-0007", 0,
            "Consultation", "2025-04-02T09:15:30.123Z",
            "org.jwp.ledger.events.consultation.ConsultationRequested", "1",
            "{\"consultationId\":\"CITES-CONS-2025-0007\",\"note\":\"caf\\u00e9 \u00e9\"}".getBytes(StandardCharsets.UTF_8),
            "{\"origin\":\"CITES\",\"recordedBy\":\"alice\"}".getBytes(StandardCharsets.UTF_8),
            "ab".repeat(32));

    @Test
    void anEventSurvivesTheRoundTripByteForByte() {
        StoredEvent back = CloudEventMapping.fromBatch(CloudEventMapping.toBatch(List.of(event), json)).get(0);

        assertThat(back.sameAs(event)).isTrue();
    }

    @Test
    void theCloudEventCarriesTheDocumentedAttributes() {
        ObjectNode ce = CloudEventMapping.toCloudEvent(event, json);

        assertThat(ce.get("specversion").asText()).isEqualTo("1.0");
        assertThat(ce.get("id").asText()).isEqualTo("5f0c-event");
        assertThat(ce.get("source").asText()).isEqualTo("urn:jwp-ledger:cites");
        assertThat(ce.get("type").asText()).isEqualTo("org.jwp.ledger.events.consultation.ConsultationRequested.v1");
        assertThat(ce.get("subject").asText()).isEqualTo("CITES-CONS-2025-0007");
        assertThat(ce.get("time").asText()).isEqualTo("2025-04-02T09:15:30.123Z");
        assertThat(ce.get("ledgersequence").asLong()).isEqualTo(7);
        assertThat(ce.get("ledgeraggregateseq").asLong()).isZero();
    }

    @Test
    void aSourceThatContradictsTheOriginIsMalformed() {
        ObjectNode ce = CloudEventMapping.toCloudEvent(event, json);
        ce.put("source", "urn:jwp-ledger:cms");

        assertThatThrownBy(() -> CloudEventMapping.fromBatch(json.createArrayNode().add(ce)))
                .isInstanceOf(MalformedFeed.class).hasMessageContaining("source");
    }

    @Test
    void missingOrMistypedAttributesAreNamed() {
        ObjectNode noSequence = CloudEventMapping.toCloudEvent(event, json);
        noSequence.put("ledgersequence", "seven");
        ObjectNode badBase64 = CloudEventMapping.toCloudEvent(event, json);
        badBase64.put("data_base64", "%%%");
        ObjectNode noRevision = CloudEventMapping.toCloudEvent(event, json);
        noRevision.put("type", "ConsultationRequested");

        assertThatThrownBy(() -> CloudEventMapping.fromBatch(json.createArrayNode().add(noSequence)))
                .hasMessageContaining("ledgersequence");
        assertThatThrownBy(() -> CloudEventMapping.fromBatch(json.createArrayNode().add(badBase64)))
                .hasMessageContaining("data_base64");
        assertThatThrownBy(() -> CloudEventMapping.fromBatch(json.createArrayNode().add(noRevision)))
                .hasMessageContaining("without a revision");
        assertThatThrownBy(() -> CloudEventMapping.fromBatch(json.createObjectNode()))
                .hasMessageContaining("JSON array");
    }
}
