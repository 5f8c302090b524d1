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

    private static final java.util.regex.Pattern IDS = java.util.regex.Pattern.compile(
            "\\b(?:CITES|CMS)-(RES|CONS|LOAN|REP)-\\d{4}-\\d{4,}\\b");

    /**
     * Each result and item the report names links to its page. The ids are plain text in the escaped report (no
     * attribute of it holds one), made only of letters, digits and hyphens.
     */
    static String linked(String html) {
        return IDS.matcher(html).replaceAll(m -> "<a href=\"/" + (m.group(1).equals("RES") ? "results" : "items")
                + "/" + m.group() + "\">" + m.group() + "</a>");
    }

    @GetMapping("/reports/view")
    String view(@RequestParam String report, Model model) {
        Reports.requireKnown(report);
        Report draft = reports.draft(report, null, null);
        model.addAttribute("key", report);
        model.addAttribute("title", draft.title());
        model.addAttribute("content", linked(ReportHtml.content(draft)));
        model.addAttribute("api", "/api/reports/" + report);
        return "report-view";
    }
}
