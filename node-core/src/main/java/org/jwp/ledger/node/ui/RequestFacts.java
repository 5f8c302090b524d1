package org.jwp.ledger.node.ui;

import com.fasterxml.jackson.databind.JsonNode;
import org.jwp.ledger.events.MeetingBody;
import org.jwp.ledger.node.commitment.CommitmentView;

import java.util.ArrayList;
import java.util.List;

/**
 * What an item's request asked, as facts a reader needs beside every answer to it and on its page: the proposal, the
 * change, the species and the due date of a consultation; the meeting, body, place and dates of a representation; the
 * role, purpose and dates of a loan. Read from the request as recorded (the staff member, personal data, is not shown).
 */
public final class RequestFacts {

    public record Fact(String label, String value) {
    }

    private static final String[][] FIELDS = {
            {"meeting", "Meeting"}, {"proposal", "Proposal"}, {"proposedChange", "Proposed change"},
            {"taxon", "Species"}, {"dueDate", "Comments due by"}, {"body", "Body"}, {"place", "Place"},
            {"role", "Role of the staff member"}, {"purpose", "Purpose"}, {"startDate", "From"},
            {"endDate", "Until"}, {"brief", "Brief"}};

    private RequestFacts() {
    }

    private static String body(String constant) {
        try {
            return MeetingBody.valueOf(constant).label();
        } catch (IllegalArgumentException unknown) {
            return constant;
        }
    }

    static List<Fact> of(CommitmentView item) {
        JsonNode request = item == null || item.details() == null ? null : item.details().get("request");
        List<Fact> facts = new ArrayList<>();
        if (request == null) {
            return facts;
        }
        // An extension moves the due date: the request as it now stands gives the latest one.
        JsonNode extended = item.details().path("ConsultationDueDateExtended").get("dueDate");
        for (String[] field : FIELDS) {
            JsonNode value = field[0].equals("dueDate") && extended != null ? extended : request.get(field[0]);
            if (value != null && !value.isNull() && !value.asText().isBlank()) {
                facts.add(new Fact(field[1], field[0].equals("body") ? body(value.asText()) : value.asText()));
            }
        }
        return facts;
    }
}
