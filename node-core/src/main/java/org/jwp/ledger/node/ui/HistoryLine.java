package org.jwp.ledger.node.ui;

import com.fasterxml.jackson.databind.JsonNode;
import org.jwp.ledger.node.commitment.CommitmentView;

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

    static HistoryLine of(CommitmentView.HistoryEntry e) {
        JsonNode p = e.payload();
        String summary = String.join(" — ", SAYS.stream().filter(f -> p.path(f).isTextual())
                .map(f -> p.get(f).asText()).toList());
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
