package org.jwp.ledger.format;

import com.fasterxml.jackson.databind.JsonNode;
import org.jwp.ledger.events.Authority;
import org.jwp.ledger.events.EventJson;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.events.signoff.ReportApproved;

import java.util.Optional;

/**
 * One attestation entry of an issued report held against the approval event it names (its envelope in the export):
 * every field the report prints must be what that event says, and the event must be its origin's own to emit.
 */
final class AttestedApproval {

    private AttestedApproval() {
    }

    /** Why the entry does not match its approval event, or null. */
    static String mismatch(JsonNode attestation, JsonNode envelope) {
        String origin = envelope.path("origin").asText();
        Secretariat secretariat;
        try {
            secretariat = Secretariat.valueOf(origin);
        } catch (IllegalArgumentException e) {
            return "stands in the chain of " + origin + ", which is no secretariat";
        }
        ReportApproved approved;
        try {
            approved = EventJson.mapper().treeToValue(envelope.path("payload"), ReportApproved.class);
        } catch (Exception e) {
            return "is not a ReportApproved event: " + e.getMessage();
        }
        Optional<String> notItsOwn = Authority.refusal(secretariat, envelope.path("aggregateId").asText(), approved,
                id -> Optional.empty());
        if (notItsOwn.isPresent()) {
            return "was not " + origin + "'s to emit: " + notItsOwn.get();
        }
        String[][] fields = {
                {"secretariat", origin},
                {"approvedBy", envelope.path("metadata").path("recordedBy").asText()},
                {"approvedAt", envelope.path("time").asText()}};
        for (String[] f : fields) {
            JsonNode stated = attestation.get(f[0]);
            if (stated == null || !stated.isTextual() || !stated.asText().equals(f[1])) {
                return "is attested with " + f[0] + " " + stated + " but the event says " + f[1];
            }
        }
        return null;
    }
}
