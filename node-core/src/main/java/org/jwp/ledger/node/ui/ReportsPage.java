package org.jwp.ledger.node.ui;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jwp.ledger.events.catalogue.Programme;
import org.jwp.ledger.events.catalogue.ProgrammeCatalogue;
import org.jwp.ledger.node.ledger.NodeIdentity;
import org.jwp.ledger.node.report.Reports;
import org.jwp.ledger.node.report.WordPdf;
import org.jwp.ledger.node.signoff.SignOffs;
import org.jwp.ledger.node.request.ActedOn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Choose a year or a programme; the report itself comes from the reports API, viewed or downloaded. Every year from
 * the first programme's start is listed, up to the current year or the last year something was recorded as done in,
 * whichever is later, each with the programme it reports on and where its joint sign-off stands. An approver opens
 * a report's approval page, sees the digest of the draft, and approves it.
 */
@Controller
class ReportsPage {

    private static final ProgrammeCatalogue CATALOGUE = ProgrammeCatalogue.standard();

    private final ActedOn dates;
    private final JdbcTemplate jdbc;
    private final SignOffs signOffs;
    private final NodeIdentity identity;
    private final WordPdf pdf;

    ReportsPage(ActedOn dates, JdbcTemplate jdbc, SignOffs signOffs, NodeIdentity identity, WordPdf pdf) {
        this.identity = identity;
        this.pdf = pdf;
        this.dates = dates;
        this.jdbc = jdbc;
        this.signOffs = signOffs;
    }

    record Year(int year, Programme programme) {
    }

    @GetMapping("/reports")
    String reports(Model model) {
        List<Programme> programmes = CATALOGUE.programmes();
        int first = programmes.stream().mapToInt(Programme::firstYear).min().orElseThrow();
        Integer lastActed = jdbc.queryForObject(
                "select extract(year from max(acted_on))::int from domain_event_entry", Integer.class);
        int last = Math.max(dates.today().getYear(), lastActed == null ? first : lastActed);
        List<Year> years = IntStream.rangeClosed(first, last).boxed().sorted((a, b) -> b - a)
                .map(y -> new Year(y, CATALOGUE.forYear(y))).toList();
        model.addAttribute("years", years);
        model.addAttribute("programmes", programmes);
        Map<String, SignOffs.Standing> states = new HashMap<>(signOffs.standings());
        years.forEach(y -> states.computeIfAbsent("annual/" + y.year(), SignOffs.Standing::draft));
        programmes.forEach(p -> states.computeIfAbsent("programme/" + p.id(), SignOffs.Standing::draft));
        model.addAttribute("signOff", states);
        model.addAttribute("self", identity.secretariat().name());
        model.addAttribute("pdf", pdf.available());
        return "reports";
    }

    @GetMapping("/reports/approval")
    String approval(@RequestParam String report, Model model) {
        model.addAttribute("key", report);
        SignOffs.Draft draft = signOffs.draft(report);
        model.addAttribute("draft", draft);
        model.addAttribute("approvable", draft.status().approvableBy(identity.secretariat().name()));
        return "approval";
    }

    @PostMapping("/reports/approval")
    String approve(@RequestParam String report, @RequestParam String contentDigest, HttpServletRequest request,
                   HttpServletResponse response, RedirectAttributes redirect) throws ServletException, IOException {
        // An unknown report is refused here, before it becomes part of an API path; no draft is built for that.
        Reports.requireKnown(report);
        ApiForward.Answer answer = ApiForward.post(request, response, "/api/reports/" + report + "/approvals",
                JsonNodeFactory.instance.objectNode().put("contentDigest", contentDigest));
        redirect.addFlashAttribute("recorded", answer.ok() ? "Approved " + report + " (content "
                + contentDigest.substring(0, 12) + "…), recorded as " + answer.body().path("id").asText()
                : "Not approved: " + answer.body().path("detail").asText());
        return "redirect:/reports";
    }
}
