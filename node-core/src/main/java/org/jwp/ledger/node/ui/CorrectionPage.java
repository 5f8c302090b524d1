package org.jwp.ledger.node.ui;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jwp.ledger.events.EventContracts;
import org.jwp.ledger.events.MeetingBody;
import org.jwp.ledger.events.correction.CorrectableFields;
import org.jwp.ledger.node.commitment.CommitmentQueries;
import org.jwp.ledger.node.commitment.CommitmentView;
import org.jwp.ledger.node.ledger.UnknownItem;
import org.jwp.ledger.node.request.ActedOn;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The form correcting one recorded step: its correctable fields as they now read, and a reason. Only the fields
 * changed are sent to the API (which judges them, as for every form; see {@link ApiForward}).
 */
@Controller
class CorrectionPage {

    private final CommitmentQueries commitments;
    private final ActedOn dates;

    CorrectionPage(CommitmentQueries commitments, ActedOn dates) {
        this.commitments = commitments;
        this.dates = dates;
    }

    @GetMapping("/items/{id}/steps/{eventId}/correction")
    String form(@PathVariable String id, @PathVariable String eventId, Model model) {
        Target t = target(id, eventId);
        return show(t, Forms.values(t.fields(), t.step().payload()), Map.of(), null, model);
    }

    @PostMapping("/items/{id}/steps/{eventId}/correction")
    String submit(@PathVariable String id, @PathVariable String eventId, HttpServletRequest request,
                  HttpServletResponse response, Model model, RedirectAttributes redirect)
            throws ServletException, IOException {
        Target t = target(id, eventId);
        Map<String, String[]> form = request.getParameterMap();
        ObjectNode body = Forms.changed(t.fields(), form, t.step().payload());
        Forms.reason(body, form);
        ApiForward.Answer answer = ApiForward.post(request, response,
                "/api/commitments/" + id + "/steps/" + eventId + "/correction", body);
        if (answer.ok()) {
            awaitProjected(id, eventId, t.step().earlier().size());
            redirect.addFlashAttribute("recorded", "Correction of the step \u201c" + Words.stepName(t.step().type()) + "\u201d recorded");
            return "redirect:/items/" + id;
        }
        response.setStatus(answer.status());
        return show(t, Forms.submitted(form), Forms.fieldErrors(answer), Forms.formError(answer), model);
    }

    /** Read your own writes: the item's page waits (briefly) until the projection holds the correction. */
    private void awaitProjected(String id, String eventId, int versionsBefore) {
        Forms.awaitUntil(() -> target(id, eventId).step().earlier().size() > versionsBefore);
    }

    private record Target(CommitmentView item, CommitmentView.HistoryEntry step, List<Field> fields) {
    }

    private Target target(String id, String eventId) {
        CommitmentView item = commitments.one(id, dates.today());
        CommitmentView.HistoryEntry step = item.history().stream().filter(h -> h.eventId().equals(eventId))
                .findFirst().orElseThrow(() -> new UnknownItem("step " + eventId + " of " + id));
        List<String> names = EventContracts.byShortName(step.type()).flatMap(CorrectableFields::of)
                .orElseThrow(() -> new UnknownItem("a correctable step " + eventId + " of " + id));
        return new Target(item, step, names.stream().map(CorrectionPage::field).toList());
    }

    private String show(Target t, Map<String, String> values, Map<String, String> errors, String formError,
                        Model model) {
        return Forms.show(model, new Forms.Page("Correct a recorded step", "The step \u201c" + Words.stepName(t.step().type()) + "\u201d of "
                        + t.step().actedOn() + " in " + t.item().title() + " (" + t.item().id() + "). The step as "
                        + "recorded stays in the ledger; the correction is a new event that says what changed and why, "
                        + "and the item's page keeps every earlier version. A status is not corrected: it is changed "
                        + "by the workflow's own steps (withdraw, cancel, decline).",
                        "/items/" + t.item().id() + "/steps/" + t.step().eventId() + "/correction",
                        "/items/" + t.item().id(), "Record the correction"),
                t.fields(), values, errors, formError);
    }

    private static Field field(String name) {
        String words = Words.field(name);
        String label = Character.toUpperCase(words.charAt(0)) + words.substring(1);
        if (name.equals("actedOn") || name.endsWith("Date") || name.endsWith("On")) {
            return Field.date(name, label, true);
        }
        return switch (name) {
            case "documentRefs" -> Field.of(name, label, Field.Kind.LINES, false, "one per line");
            case "statementDelivered" -> Field.of(name, label, Field.Kind.CHECKBOX, false, null);
            case "body" -> Field.choice(name, label, true, Stream.of(MeetingBody.values()).map(Enum::name).toList());
            case "text", "note", "reason", "outcome", "purpose", "proposedChange", "brief" ->
                    Field.longText(name, label, false);
            default -> Field.text(name, label, false);
        };
    }
}
