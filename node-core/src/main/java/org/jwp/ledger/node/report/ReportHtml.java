package org.jwp.ledger.node.report;

import org.springframework.web.util.HtmlUtils;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The report as a printable HTML page: the annex first (per theme, "Description of joint activities | Results", one
 * table row per row of the programme), then what the ledger adds, then provenance.
 */
public final class ReportHtml {

    private static final String STYLE = """
            body{font-family:"Times New Roman",Georgia,serif;max-width:60rem;margin:2rem auto;color:#111;\
            line-height:1.35}
            .reference{text-align:right;font-size:.9rem}
            table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}
            th,td{border:1px solid #555;padding:.35rem .5rem;vertical-align:top;text-align:left}
            th{background:#eee} td.description{width:50%} td p,td ul{margin:.15rem 0 .5rem}
            .heading{text-decoration:underline} .none{font-style:italic;color:#555} .by{font-weight:bold}
            section.ledger{border-top:3px double #555;margin-top:2rem}
            @media print{body{margin:0}}""";

    private ReportHtml() {
    }

    static byte[] render(Report r) {
        return ReportOut.bytes(out -> write(r, out));
    }

    /** The page written out as it is made (a year's report can be tens of megabytes). */
    static void write(Report r, ReportOut h) {
        h.append("<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\">");
        h.append("<title>").append(esc(r.title())).append("</title><style>").append(STYLE)
                .append("</style></head><body>\n");
        content(h, r);
        h.append("</body></html>\n");
    }

    /** The report's content alone, escaped, for a page of the site to show inside its own layout. */
    public static String content(Report r) {
        return new String(ReportOut.bytes(out -> content(out, r)), StandardCharsets.UTF_8);
    }

    private static void content(ReportOut h, Report r) {
        if (r.reference() != null) {
            h.append("<p class=\"reference\">").append(esc(r.reference())).append("</p>\n");
        }
        h.append("<h1>").append(esc(r.title())).append("</h1>\n<p>").append(esc(ReportText.scope(r)))
                .append("</p>\n");
        blocks(h, r.introduction());
        for (Report.ThemeSection t : r.themes()) {
            h.append("<h2>").append(esc(t.code() + ". " + t.title())).append("</h2>\n");
            blocks(h, t.introduction());
            h.append("<table><thead><tr><th>").append(ReportText.DESCRIPTION).append("</th><th>")
                    .append(ReportText.RESULTS).append("</th></tr></thead><tbody>\n");
            for (Report.RowSection row : t.rows()) {
                h.append("<tr><td class=\"description\">");
                if (row.heading() != null) {
                    h.append("<p class=\"heading\">").append(inline(row.heading())).append("</p>");
                }
                blocks(h, row.activities());
                h.append("</td><td>");
                blocks(h, row.results().stream().map(Report.Passage::text).toList());
                h.append("</td></tr>\n");
            }
            h.append("</tbody></table>\n");
        }
        h.append("<section class=\"ledger\">\n<h2>").append(ReportText.LEDGER_TITLE).append("</h2>\n<p>")
                .append(ReportText.LEDGER_INTRO).append("</p>\n");
        for (Report.LedgerRow row : r.ledger()) {
            h.append("<h3>").append(esc(ReportText.rowTitle(row))).append("</h3>\n");
            if (row.summary() != null) {
                h.append("<p>").append(esc(row.summary())).append("</p>\n");
            }
            if (row.nothingRecorded()) {
                h.append("<p class=\"none\">").append(ReportText.NOTHING).append("</p>\n");
            }
            entries(h, row.entries());
        }
        h.append("<h3>Shared species of particular attention</h3>\n");
        for (Report.SpeciesSection s : r.sharedSpecies()) {
            h.append("<h4>").append(esc(s.group())).append("</h4>\n");
            if (s.items().isEmpty()) {
                h.append("<p class=\"none\">").append(ReportText.NOTHING).append("</p>\n");
            }
            entries(h, s.items());
        }
        open(h, r.openAtPeriodEnd());
        h.append("<h3>Summary</h3>\n<table><thead><tr><th>Theme</th><th>CITES</th><th>CMS</th><th>Joint</th>")
                .append("<th>Total</th></tr></thead><tbody>\n");
        for (Report.SummaryRow s : r.summary()) {
            h.append("<tr><td>").append(esc(s.theme())).append("</td><td>").append(s.cites()).append("</td><td>")
                    .append(s.cms()).append("</td><td>").append(s.joint()).append("</td><td>").append(s.total())
                    .append("</td></tr>\n");
        }
        h.append("</tbody></table>\n<figure>").append(Chart.svg(r.summary().subList(0, r.summary().size() - 1)))
                .append("<figcaption>Results and items recorded per theme</figcaption></figure>\n");
        h.append("<h3>Provenance</h3>\n<ul>\n");
        for (String line : ReportText.provenance(r)) {
            h.append("<li>").append(esc(line)).append("</li>\n");
        }
        h.append("</ul>\n");
        if (r.attestation() != null) {
            h.append("<h3>").append(ReportText.ATTESTATION_TITLE).append("</h3>\n<ul>\n");
            ReportText.attestation(r).forEach(line -> h.append("<li>").append(esc(line)).append("</li>\n"));
            h.append("</ul>\n<h3>").append(ReportText.VERIFICATION_TITLE).append("</h3>\n<ul class=\"small\">\n");
            ReportText.verification(r).forEach(line -> h.append("<li>").append(esc(line)).append("</li>\n"));
            h.append("</ul>\n");
        }
        h.append("</section>\n");
    }

    private static void open(ReportOut h, List<Report.OpenItem> open) {
        h.append("<h3>Open and overdue commitments at the end of the period</h3>\n");
        if (open.isEmpty()) {
            h.append("<p class=\"none\">None.</p>\n");
            return;
        }
        h.append("<table><thead><tr><th>Item</th><th>Between</th><th>Status</th><th>Deadline</th>")
                .append("<th>Overdue</th></tr></thead><tbody>\n");
        for (Report.OpenItem o : open) {
            h.append("<tr><td>").append(esc(o.id() + " " + o.title())).append("</td><td>")
                    .append(esc(o.owner() + " → " + o.counterpart())).append("</td><td>").append(esc(ReportText.status(o.status())))
                    .append("</td><td>").append(o.deadline() == null ? "" : esc(o.deadline())).append("</td><td>")
                    .append(o.overdue() ? "overdue" : "").append("</td></tr>\n");
        }
        h.append("</tbody></table>\n");
    }

    /** Paragraphs of markup: consecutive list items become one list. */
    private static void blocks(ReportOut h, List<String> texts) {
        boolean inList = false;
        for (String text : texts) {
            for (Markup.Block b : Markup.blocks(text)) {
                if (b.listItem() != inList) {
                    h.append(inList ? "</ul>" : "<ul>");
                    inList = b.listItem();
                }
                h.append(b.listItem() ? "<li>" : "<p>").append(inline(b.runs())).append(b.listItem() ? "</li>"
                        : "</p>");
            }
        }
        if (inList) {
            h.append("</ul>");
        }
        h.append('\n');
    }

    private static String inline(String text) {
        return inline(Markup.runs(text));
    }

    private static String inline(List<Markup.Run> runs) {
        StringBuilder b = new StringBuilder();
        runs.forEach(run -> b.append(run.italic() ? "<em>" + esc(run.text()) + "</em>" : esc(run.text())));
        return b.toString();
    }

    private static void entries(ReportOut h, List<Report.Entry> entries) {
        for (Report.Entry e : entries) {
            h.append("<p>").append(e.date()).append(" · <span class=\"by\">").append(esc(e.by()))
                    .append("</span> · ").append(esc(e.text()));
            if (!e.documentRefs().isEmpty()) {
                h.append(" [").append(esc(String.join("; ", e.documentRefs()))).append("]");
            }
            h.append(" <small>(").append(esc(e.id())).append(")</small></p>\n");
        }
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
