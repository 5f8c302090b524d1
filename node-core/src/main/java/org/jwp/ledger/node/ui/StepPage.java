package org.jwp.ledger.node.ui;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jwp.ledger.events.catalogue.ProgrammeCatalogue;
import org.jwp.ledger.node.commitment.CommitmentQueries;
import org.jwp.ledger.node.commitment.CommitmentView;
import org.jwp.ledger.node.ledger.CommandRefused;
import org.jwp.ledger.node.ledger.NodeIdentity;
import org.jwp.ledger.node.ledger.UnknownItem;
import org.jwp.ledger.node.request.ActedOn;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The form of each workflow step. A submission is recorded by the API itself (see {@link ApiForward}); its
 * refusals come back next to the fields they name, and a recorded step leads to the item's page.
 */
@Controller
class StepPage {

    private static final ProgrammeCatalogue CATALOGUE = ProgrammeCatalogue.standard();

    private final CommitmentQueries commitments;
    private final NodeIdentity identity;
    private final ActedOn dates;
    private final org.jwp.ledger.node.signoff.SignOffs signOffs;

    StepPage(CommitmentQueries commitments, NodeIdentity identity, ActedOn dates,
             org.jwp.ledger.node.signoff.SignOffs signOffs) {
        this.signOffs = signOffs;
        this.commitments = commitments;
        this.identity = identity;
        this.dates = dates;
    }

    @GetMapping("/steps/{key}")
    String form(@PathVariable String key, @RequestParam(required = false) String item, Model model) {
        Map<String, String> values = new HashMap<>();
        int year = suggestedYear();
        values.put("programme", CATALOGUE.forYear(year).id());
        values.put("year", Integer.toString(year));
        Step step = step(key);
        if (step.key().equals("record-result")) {
            model.addAttribute("yearNote", "A result goes into the report of the year it reports on, whenever it "
                    + "is recorded. " + year + " is filled in: " + (year < dates.today().getYear()
                    ? "the " + year + " report has not been issued yet." : "this year's report is the one open."));
        }
        refuseUnlessOffered(step, item);
        return show(step, item, values, Map.of(), null, model);
    }

    @PostMapping("/steps/{key}")
    String submit(@PathVariable String key, @RequestParam(required = false) String item,
                  HttpServletRequest request, HttpServletResponse response, Model model,
                  RedirectAttributes redirect) throws ServletException, IOException {
        Step step = step(key);
        Map<String, String[]> form = request.getParameterMap();
        String path = step.pathFor(item);
        if (!step.startsNewItem() && (item == null || item.isBlank())) {
            throw new UnknownItem("(none given)");
        }
        ApiForward.Answer answer = ApiForward.post(request, response,
                path, FormBody.of(step, form, identity.other().name()));
        if (answer.ok()) {
            String id = answer.body().path("id").asText(item);
            if (step.itemType() != null) {
                awaitProjected(id, answer.body().path("status").asText(null));
            }
            redirect.addFlashAttribute("recorded", step.title() + ": recorded as " + id
                    + (answer.body().hasNonNull("status") ? ", now " + Words.constant(answer.body().get("status").asText())
                    .toLowerCase(java.util.Locale.ROOT) : ""));
            // A result is shown as recorded (its page reads the ledger itself); a workflow item on its page.
            return step.itemType() == null ? "redirect:/results/" + id : "redirect:/items/" + id;
        }
        response.setStatus(answer.status());
        return show(step, item, Forms.submitted(form), Forms.fieldErrors(answer), Forms.formError(answer), model);
    }

    /** Last year while its report is not issued yet (it is being compiled), else this year. */
    private int suggestedYear() {
        int lastYear = dates.today().getYear() - 1;
        return signOffs.everIssued("annual/" + lastYear) ? lastYear + 1 : lastYear;
    }

    /**
     * A form is shown only for a step this secretariat may take on the item in its current state: a link or a typed
     * address cannot open the other side's form (the API would refuse it anyway, after the typing).
     */
    private void refuseUnlessOffered(Step step, String item) {
        if (step.startsNewItem() || item == null || item.isBlank()) {
            return;
        }
        CommitmentView v = commitments.one(item, dates.today());
        boolean ours = v.owner().equals(identity.secretariat().name());
        if (!step.offeredFor(v.type().name(), v.status(), ours)) {
            throw new CommandRefused("\u201c" + step.title() + "\u201d is not a step " + identity.secretariat()
                    + " can take on " + item + " now: it is " + Words.constant(v.status()).toLowerCase(
                    java.util.Locale.ROOT) + ", and " + (ours ? v.counterpart() : v.owner()) + " answers for its "
                    + "side", v.status());
        }
    }

    /** Read your own writes: the item's page shows the state this step led to. */
    private void awaitProjected(String id, String status) {
        Forms.awaitUntil(() -> {
            try {
                String projected = commitments.one(id, dates.today()).status();
                return status == null || projected.equals(status);
            } catch (UnknownItem notYet) {
                return false;
            }
        });
    }



    private String show(Step step, String item, Map<String, String> values, Map<String, String> errors,
                        String formError, Model model) {
        model.addAttribute("step", step);
        CommitmentView answered = item == null || step.startsNewItem() ? null : commitments.one(item, dates.today());
        model.addAttribute("item", answered);
        model.addAttribute("request", RequestFacts.of(answered));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("formError", formError);
        model.addAttribute("programmes", CATALOGUE.programmes());
        model.addAttribute("chosen", Forms.chosen(values));
        model.addAttribute("ticked", Forms.ticked(values));
        return "step";
    }

    private static Step step(String key) {
        return Steps.byKey(key).orElseThrow(() -> new UnknownItem("step " + key));
    }
}
