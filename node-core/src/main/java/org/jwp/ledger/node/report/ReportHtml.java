package org.jwp.ledger.node.report;

import org.springframework.web.util.HtmlUtils;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** The report as a printable HTML page in the annex's layout: per theme, "Description of joint activities | Results". */
final class ReportHtml {

    private static final String STYLE = """
            body{font-family:Georgia,serif;max-width:60rem;margin:2rem auto;color:#111;line-height:1.4}
            table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}
            th,td{border:1px solid #777;padding:.4rem .6rem;vertical-align:top;text-align:left}
            th{background:#eee} td.code{width:35%} p.entry{margin:.2rem 0 .6rem}
            .by{font-weight:bold} .none{font-style:italic;color:#555} .refs{color:#333}
            @media print{body{margin:0}}""";

    private ReportHtml() {
    }

    static byte[] render(Report r) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
        h.append("<title>").append(esc(r.title())).append("</title><style>").append(STYLE)
                .append("</style></head><body>\n<h1>").append(esc(r.title())).append("</h1>\n<p>Programme: ")
                .append(esc(r.programmeTitle())).append(". Period: ").append(r.periodFrom()).append(" to ")
                .append(r.periodTo()).append(".");
        if (r.asOf() != null) {
            h.append(" As the ledger stood at ").append(esc(r.asOf())).append('.');
        }
        h.append("</p>\n");
        for (Report.ThemeSection t : r.themes()) {
            h.append("<h2>").append(esc(t.code() + ". " + t.title())).append("</h2>\n<table><thead><tr>")
                    .append("<th>Description of joint activities</th><th>Results</th></tr></thead><tbody>\n");
            for (Report.ActivitySection a : t.activities()) {
                h.append("<tr><td class=\"code\"><b>").append(esc(a.code())).append(".</b> ").append(esc(a.title()))
                        .append("</td><td>");
                if (a.summary() != null) {
                    h.append("<p>").append(esc(a.summary())).append("</p>");
                }
                if (a.nothingRecorded()) {
                    h.append("<p class=\"none\">Nothing recorded in this period.</p>");
                }
                entries(h, a.results());
                h.append("</td></tr>\n");
            }
            h.append("</tbody></table>\n");
        }
        h.append("<h2>Shared species of particular attention</h2>\n");
        if (r.sharedSpecies().isEmpty()) {
            h.append("<p class=\"none\">This programme lists no shared species.</p>\n");
        }
        for (Report.SpeciesSection s : r.sharedSpecies()) {
            h.append("<h3>").append(esc(s.group())).append("</h3>\n");
            if (s.items().isEmpty()) {
                h.append("<p class=\"none\">Nothing recorded in this period.</p>\n");
            }
            entries(h, s.items());
        }
        h.append("<h2>Open and overdue commitments at the end of the period</h2>\n");
        if (r.openAtPeriodEnd().isEmpty()) {
            h.append("<p class=\"none\">None.</p>\n");
        } else {
            h.append("<table><thead><tr><th>Item</th><th>Between</th><th>Status</th><th>Deadline</th>")
                    .append("<th>Overdue</th></tr></thead><tbody>\n");
            for (Report.OpenItem o : r.openAtPeriodEnd()) {
                h.append("<tr><td>").append(esc(o.id() + " " + o.title())).append("</td><td>")
                        .append(esc(o.owner() + " → " + o.counterpart())).append("</td><td>").append(esc(o.status()))
                        .append("</td><td>").append(o.deadline() == null ? "" : esc(o.deadline())).append("</td><td>")
                        .append(o.overdue() ? "overdue" : "").append("</td></tr>\n");
            }
            h.append("</tbody></table>\n");
        }
        h.append("<h2>Summary</h2>\n<table><thead><tr><th>Theme</th><th>CITES</th><th>CMS</th><th>Joint</th>")
                .append("<th>Total</th></tr></thead><tbody>\n");
        for (Report.SummaryRow s : r.summary()) {
            h.append("<tr><td>").append(esc(s.theme())).append("</td><td>").append(s.cites()).append("</td><td>")
                    .append(s.cms()).append("</td><td>").append(s.joint()).append("</td><td>").append(s.total())
                    .append("</td></tr>\n");
        }
        h.append("</tbody></table>\n<figure>").append(Chart.svg(r.summary().subList(0, r.summary().size() - 1)))
                .append("<figcaption>Items recorded per theme</figcaption></figure>\n");
        h.append("<h2>Provenance</h2>\n<ul>\n");
        for (Report.Head head : r.heads()) {
            h.append("<li>").append(esc(head.origin())).append(" sequence ").append(head.sequence())
                    .append(", hash <code>").append(esc(head.hash())).append("</code></li>\n");
        }
        h.append("</ul>\n<p>Report SHA-256 (of its JSON form): <code>").append(r.sha256())
                .append("</code></p>\n</body></html>\n");
        return h.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void entries(StringBuilder h, List<Report.Entry> entries) {
        for (Report.Entry e : entries) {
            h.append("<p class=\"entry\">").append(e.date()).append(" · <span class=\"by\">").append(esc(e.by()))
                    .append("</span> · ").append(esc(e.text()));
            if (!e.documentRefs().isEmpty()) {
                h.append(" <span class=\"refs\">[").append(esc(String.join("; ", e.documentRefs())))
                        .append("]</span>");
            }
            h.append(" <small>(").append(esc(e.id())).append(")</small></p>");
        }
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
