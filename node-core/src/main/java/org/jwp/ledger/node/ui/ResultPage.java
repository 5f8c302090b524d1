package org.jwp.ledger.node.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jwp.ledger.events.EventJson;
import org.jwp.ledger.events.catalogue.ProgrammeCatalogue;
import org.jwp.ledger.node.ledger.NodeIdentity;
import org.jwp.ledger.node.versions.ResultHistory;
import org.jwp.ledger.node.versions.ResultVersions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * A recorded result (a passage of the implementation report): as it now reads, every earlier version (what changed,
 * who, when, why), and for the secretariat that recorded it the forms correcting or withdrawing it.
 */
@Controller
class ResultPage {

    private static final List<Field> CORRECTABLE = List.of(
            Field.of("activityCodes", "Programme activities", Field.Kind.ACTIVITIES, true,
                    "one or more activities of the result's programme"),
            Field.of("year", "Year", Field.Kind.NUMBER, true, null),
            Field.longText("text", "Results, as the paragraph should read in the report (*italic* for taxon names "
                    + "and titles)", true),
            Field.of("documentRefs", "Document references", Field.Kind.LINES, false, "one per line"),
            Field.of("species", "Species", Field.Kind.LINES, false, "scientific names, one per line"),
            Field.of("joint", "Joint activity of both secretariats", Field.Kind.CHECKBOX, false, null),
            Field.of("actedOn", "Date of the action", Field.Kind.DATE, false,
                    "the day of what this correction records; today if left empty"));

    private final ResultHistory results;
    private final NodeIdentity identity;

    ResultPage(ResultHistory results, NodeIdentity identity) {
        this.results = results;
        this.identity = identity;
    }

    @GetMapping("/results/{id}")
    String result(@PathVariable String id, Model model) {
        ResultVersions.View result = results.of(id);
        model.addAttribute("result", result);
        model.addAttribute("ours", result.recordedBy().equals(identity.secretariat().name()));
        model.addAttribute("display", Display.INSTANCE);
        return "result";
    }

    @GetMapping("/results/{id}/correction")
    String correctionForm(@PathVariable String id, Model model) {
        ResultVersions.View result = results.of(id);
        return correction(result, Forms.values(CORRECTABLE, current(result)), Map.of(), null, model);
    }

    @PostMapping("/results/{id}/correction")
    String correct(@PathVariable String id, HttpServletRequest request, HttpServletResponse response, Model model,
                   RedirectAttributes redirect) throws ServletException, IOException {
        ResultVersions.View result = results.of(id);
        Map<String, String[]> form = request.getParameterMap();
        ObjectNode body = Forms.changed(CORRECTABLE, form, current(result));
        Forms.reason(body, form);
        ApiForward.Answer answer = ApiForward.post(request, response, "/api/results/" + id + "/correction", body);
        if (answer.ok()) {
            redirect.addFlashAttribute("recorded", "Correction of " + id + " recorded");
            return "redirect:/results/" + id;
        }
        response.setStatus(answer.status());
        return correction(result, Forms.submitted(form), Forms.fieldErrors(answer), Forms.formError(answer), model);
    }

    @GetMapping("/results/{id}/withdrawal")
    String withdrawalForm(@PathVariable String id, Model model) {
        return withdrawal(results.of(id), Map.of(), Map.of(), null, model);
    }

    @PostMapping("/results/{id}/withdrawal")
    String withdraw(@PathVariable String id, HttpServletRequest request, HttpServletResponse response, Model model,
                    RedirectAttributes redirect) throws ServletException, IOException {
        ResultVersions.View result = results.of(id);
        Map<String, String[]> form = request.getParameterMap();
        ObjectNode body = EventJson.mapper().createObjectNode();
        Forms.reason(body, form);
        ApiForward.Answer answer = ApiForward.post(request, response, "/api/results/" + id + "/withdrawal", body);
        if (answer.ok()) {
            redirect.addFlashAttribute("recorded", id + " withdrawn: it no longer stands in the reports");
            return "redirect:/results/" + id;
        }
        response.setStatus(answer.status());
        return withdrawal(result, Forms.submitted(form), Forms.fieldErrors(answer), Forms.formError(answer), model);
    }

    private String correction(ResultVersions.View result, Map<String, String> values, Map<String, String> errors,
                              String formError, Model model) {
        model.addAttribute("programmes", ProgrammeCatalogue.standard().programme(result.programme()).stream()
                .toList());
        return Forms.show(model, new Forms.Page("Correct a recorded result", "Result " + result.id() + " ("
                        + result.programme() + "), as it now reads. The result as recorded stays in the ledger; "
                        + "the correction is a new event that says what changed and why, and the result's page "
                        + "keeps every earlier version. Reports show the corrected text; an issued report stays as "
                        + "issued.", "/results/" + result.id() + "/correction", "/results/" + result.id(),
                        "Record the correction"), CORRECTABLE, values, errors, formError);
    }

    private String withdrawal(ResultVersions.View result, Map<String, String> values, Map<String, String> errors,
                              String formError, Model model) {
        return Forms.show(model, new Forms.Page("Withdraw a recorded result", "Result " + result.id() + " will no "
                        + "longer stand in the reports or the read models. It stays in the ledger with every version, "
                        + "and the withdrawal with its reason.", "/results/" + result.id() + "/withdrawal",
                        "/results/" + result.id(), "Withdraw the result"), List.of(), values, errors, formError);
    }

    private static JsonNode current(ResultVersions.View result) {
        return EventJson.mapper().valueToTree(result.current());
    }

}
