package org.jwp.ledger.node.ui;

import com.fasterxml.jackson.databind.JsonNode;
import org.jwp.ledger.events.EventContracts;
import org.jwp.ledger.events.correction.CorrectableFields;
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
                   List<String> documents, String eventId, boolean correctable, List<String> earlier,
                   List<String> assumed) {

    /** The date of action as the page shows it: marked when its recorder assumed it. */
    public String actedOnShown() {
        return actedOn == null ? "" : actedOn + (assumed.contains("actedOn") ? " (date assumed)" : "");
    }

    private static final List<String> SAYS = List.of("position", "text", "reason", "note", "outcome", "purpose",
            "proposedChange", "brief");

    /** {@code vault} opens the personal data a step names (a loaned staff member), or says it was erased. */
    static HistoryLine of(CommitmentView.HistoryEntry e, PersonalDataVault vault, String self) {
        JsonNode p = e.payload();
        if (e.type().equals("StepCorrected")) {
            List<String> fields = new ArrayList<>();
            p.path("changes").fieldNames().forEachRemaining(fields::add);
            return new HistoryLine(e.type(), e.origin(), e.recordedBy(), e.time(), e.actedOn(), "corrected the "
                    + String.join(", ", fields.stream().map(Words::field).toList()) + " of "
                    + Words.stepName(EventContracts.shortName(p.path("stepType").asText())).toLowerCase(
                    java.util.Locale.ROOT) + " — " + p.path("reason").asText(), List.of(),
                    e.eventId(), false, List.of(), List.of());
        }
        List<String> says = new ArrayList<>(SAYS.stream().filter(f -> p.path(f).isTextual())
                .map(f -> (f.equals("position") ? Words.constant(p.get(f).asText()) : p.get(f).asText())
                        + (e.assumed().contains(f) ? " (assumed)" : "")).toList());
        if (e.type().equals("ConsultationCommentSubmitted") && !p.path("position").isTextual()) {
            says.add(0, "Position not stated");
        }
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
        boolean correctable = e.origin().equals(self)
                && EventContracts.byShortName(e.type()).flatMap(CorrectableFields::of).isPresent();
        List<String> earlier = e.earlier().stream().map(v -> "Until " + v.correctedOn() + ", when "
                + v.correctedBy() + " corrected it (" + v.reason() + "), it read: "
                + v.changed().stream().map(f -> Words.field(f) + " " + shown(v.payload().path(f))).collect(
                        java.util.stream.Collectors.joining("; "))).toList();
        return new HistoryLine(e.type(), e.origin(), e.recordedBy(), e.time(), e.actedOn(), summary, documents,
                e.eventId(), correctable, earlier, e.assumed());
    }

    private static String shown(JsonNode value) {
        return value.isMissingNode() || value.isNull() ? "(none)" : value.isTextual() ? value.asText() : value.toString();
    }
}
