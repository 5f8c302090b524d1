package org.jwp.ledger.node.report;

import java.util.ArrayList;
import java.util.List;

/** The report as Markdown: the annex's tables (cells joined with {@code <br>}), then what the ledger adds. */
final class ReportMarkdown {

    private ReportMarkdown() {
    }

    static byte[] render(Report r) {
        return ReportOut.bytes(out -> write(r, out));
    }

    /** The text written out as it is made (a year's report can be tens of megabytes). */
    static void write(Report r, ReportOut m) {
        if (r.reference() != null) {
            m.append(cell(r.reference())).append("\n\n");
        }
        m.append("# ").append(cell(r.title())).append("\n\n").append(cell(ReportText.scope(r))).append("\n");
        paragraphs(m, r.introduction());
        for (Report.ThemeSection t : r.themes()) {
            m.append("\n### ").append(t.code()).append(". ").append(cell(t.title())).append("\n");
            paragraphs(m, t.introduction());
            m.append("\n| ").append(ReportText.DESCRIPTION).append(" | ").append(ReportText.RESULTS)
                    .append(" |\n|---|---|\n");
            for (Report.RowSection row : t.rows()) {
                List<String> left = new ArrayList<>();
                if (row.heading() != null) {
                    left.add("<u>" + inline(Markup.runs(row.heading())) + "</u>");
                }
                row.activities().forEach(a -> left.addAll(lines(a)));
                List<String> right = new ArrayList<>();
                row.results().forEach(p -> right.addAll(lines(p.text())));
                m.append("| ").append(String.join("<br>", left)).append(" | ").append(String.join("<br>", right))
                        .append(" |\n");
            }
        }
        m.append("\n## ").append(ReportText.LEDGER_TITLE).append("\n\n").append(ReportText.LEDGER_INTRO)
                .append("\n");
        for (Report.LedgerRow row : r.ledger()) {
            m.append("\n### ").append(cell(ReportText.rowTitle(row))).append("\n\n");
            if (row.summary() != null) {
                m.append(cell(row.summary())).append("\n\n");
            }
            if (row.nothingRecorded()) {
                m.append("_").append(ReportText.NOTHING).append("_\n");
            }
            entries(m, row.entries());
        }
        m.append("\n### Shared species of particular attention\n");
        for (Report.SpeciesSection s : r.sharedSpecies()) {
            m.append("\n#### ").append(cell(s.group())).append("\n\n");
            if (s.items().isEmpty()) {
                m.append("_").append(ReportText.NOTHING).append("_\n");
            }
            entries(m, s.items());
        }
        m.append("\n### Open and overdue commitments at the end of the period\n\n");
        if (r.openAtPeriodEnd().isEmpty()) {
            m.append("_None._\n");
        } else {
            m.append("| Item | Between | Status | Deadline | Overdue |\n|---|---|---|---|---|\n");
            for (Report.OpenItem o : r.openAtPeriodEnd()) {
                m.append("| ").append(o.id()).append(" ").append(cell(o.title())).append(" | ").append(o.owner())
                        .append(" → ").append(o.counterpart()).append(" | ").append(ReportText.status(o.status())).append(" | ")
                        .append(o.deadline() == null ? "" : o.deadline()).append(" | ")
                        .append(o.overdue() ? "overdue" : "").append(" |\n");
            }
        }
        m.append("\n### Summary\n\n| Theme | CITES | CMS | Joint | Total |\n|---|---:|---:|---:|---:|\n");
        for (Report.SummaryRow s : r.summary()) {
            m.append("| ").append(cell(s.theme())).append(" | ").append(s.cites()).append(" | ").append(s.cms())
                    .append(" | ").append(s.joint()).append(" | ").append(s.total()).append(" |\n");
        }
        m.append("\n### Provenance\n\n");
        ReportText.provenance(r).forEach(line -> m.append("- ").append(cell(line)).append('\n'));
        if (r.attestation() != null) {
            m.append("\n### ").append(ReportText.ATTESTATION_TITLE).append("\n\n");
            ReportText.attestation(r).forEach(line -> m.append("- ").append(cell(line)).append('\n'));
            m.append("\n### ").append(ReportText.VERIFICATION_TITLE).append("\n\n");
            ReportText.verification(r).forEach(line -> m.append("- ").append(cell(line)).append('\n'));
        }
    }

    private static void paragraphs(ReportOut m, List<String> texts) {
        for (String text : texts) {
            m.append('\n');
            lines(text).forEach(l -> m.append(l).append('\n'));
        }
    }

    /** A markup text as Markdown lines: list items as "- ", italic as "*…*", everything else escaped. */
    private static List<String> lines(String text) {
        return Markup.blocks(text).stream().map(b -> (b.listItem() ? "- " : "") + inline(b.runs())).toList();
    }

    private static String inline(List<Markup.Run> runs) {
        StringBuilder b = new StringBuilder();
        runs.forEach(run -> b.append(run.italic() ? "*" + cell(run.text()) + "*" : cell(run.text())));
        return b.toString();
    }

    private static void entries(ReportOut m, List<Report.Entry> entries) {
        for (Report.Entry e : entries) {
            m.append("- ").append(e.date()).append(" · **").append(e.by()).append("** · ").append(cell(e.text()));
            if (!e.documentRefs().isEmpty()) {
                m.append(" [").append(cell(String.join("; ", e.documentRefs()))).append("]");
            }
            m.append(" (").append(e.id()).append(")\n");
        }
    }

    /**
     * Keeps stored text from being read as Markdown structure: tables, emphasis, raw HTML, entities, code, and link or
     * image syntax: without an unescaped bracket, {@code [x](javascript:…)} stays text, never a link.
     */
    static String cell(String text) {
        return text.replace("\\", "\\\\").replace("&", "&amp;").replace("|", "\\|").replace("<", "&lt;")
                .replace(">", "&gt;").replace("*", "\\*").replace("_", "\\_").replace("[", "\\[")
                .replace("]", "\\]").replace("`", "\\`").replace("\r", " ").replace("\n", " ");
    }
}
