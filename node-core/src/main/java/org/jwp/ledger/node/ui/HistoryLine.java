package org.jwp.ledger.node.ui;

import com.fasterxml.jackson.databind.JsonNode;
import org.jwp.ledger.events.PersonalData;
import org.jwp.ledger.node.commitment.CommitmentView;
import org.jwp.ledger.node.personaldata.PersonalDataVault;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** One recorded step of an item as its page lists it: what, who, when, on which node, and the documents it cites. */
record HistoryLine(String type, String origin, String recordedBy, Instant time, LocalDate actedOn, String summary,
                   List<String> documents) {

    private static final List<String> SAYS = List.of("position", "text", "reason", "note", "outcome", "purpose",
            "proposedChange", "brief");

    /** {@code vault} opens the personal data a step names (a loaned staff member), or says it was erased. */
    static HistoryLine of(CommitmentView.HistoryEntry e, PersonalDataVault vault) {
        JsonNode p = e.payload();
        List<String> says = new ArrayList<>(SAYS.stream().filter(f -> p.path(f).isTextual())
                .map(f -> p.get(f).asText()).toList());
        JsonNode staffMember = p.path("staffMember");
        if (staffMember.path("subjectId").isTextual() && staffMember.path("sealed").isTextual()) {
            says.add("staff member " + staffMember.get("subjectId").asText() + ": " + vault.reveal(new PersonalData(staffMember.get("subjectId").asText(),
                    staffMember.get("sealed").asText())).display());
        }
        String summary = String.join(" — ", says);
        List<String> documents = new ArrayList<>();
        Stream.of("documentRef", "documentRefs").map(p::path).forEach(n -> {
            if (n.isTextual()) {
                documents.add(n.asText());
            }
            n.forEach(d -> documents.add(d.asText()));
        });
        return new HistoryLine(e.type(), e.origin(), e.recordedBy(), e.time(), e.actedOn(), summary, documents);
    }
}
