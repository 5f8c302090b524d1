package org.jwp.ledger.node.ui;

import org.jwp.ledger.node.report.Report;
import org.jwp.ledger.node.report.ReportHtml;
import org.jwp.ledger.node.report.Reports;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A report's current draft read inside the site (its navigation, and a print stylesheet that leaves only the
 * document on paper), with the downloads beside it. The API's HTML format stays the stand-alone document.
 */
@Controller
class ReportViewPage {

    private final Reports reports;

    ReportViewPage(Reports reports) {
        this.reports = reports;
    }

    @GetMapping("/reports/view")
    String view(@RequestParam String report, Model model) {
        Reports.requireKnown(report);
        Report draft = reports.draft(report, null, null);
        model.addAttribute("key", report);
        model.addAttribute("title", draft.title());
        model.addAttribute("content", ReportHtml.content(draft));
        model.addAttribute("api", "/api/reports/" + report);
        return "report-view";
    }
}
