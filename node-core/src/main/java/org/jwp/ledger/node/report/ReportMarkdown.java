package org.jwp.ledger.node.report;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** The report as Markdown, in the annex's order: themes, activities, then the closing sections. */
final class ReportMarkdown {

    private ReportMarkdown() {
    }

    static byte[] render(Report r) {
        StringBuilder m = new StringBuilder();
        m.append("# ").append(r.title()).append("\n\n");
        m.append("Programme: ").append(r.programmeTitle()).append(". Period: ").append(r.periodFrom())
                .append(" to ").append(r.periodTo()).append(".\n");
        if (r.asOf() != null) {
            m.append("As the ledger stood at ").append(r.asOf()).append(".\n");
        }
        for (Report.ThemeSection t : r.themes()) {
            m.append("\n## ").append(t.code()).append(". ").append(t.title()).append("\n");
            for (Report.ActivitySection a : t.activities()) {
                m.append("\n### ").append(a.code()).append(". ").append(a.title()).append("\n\n");
                if (a.summary() != null) {
                    m.append(cell(a.summary())).append("\n\n");
                }
                if (a.nothingRecorded()) {
                    m.append("_Nothing recorded in this period._\n");
                }
                entries(m, a.results());
            }
        }
        m.append("\n## Shared species of particular attention\n");
        if (r.sharedSpecies().isEmpty()) {
            m.append("\n_This programme lists no shared species._\n");
        }
        for (Report.SpeciesSection s : r.sharedSpecies()) {
            m.append("\n### ").append(s.group()).append("\n\n");
            if (s.items().isEmpty()) {
                m.append("_Nothing recorded in this period._\n");
            }
            entries(m, s.items());
        }
        m.append("\n## Open and overdue commitments at the end of the period\n\n");
        if (r.openAtPeriodEnd().isEmpty()) {
            m.append("_None._\n");
        } else {
            m.append("| Item | Between | Status | Deadline | Overdue |\n|---|---|---|---|---|\n");
            for (Report.OpenItem o : r.openAtPeriodEnd()) {
                m.append("| ").append(o.id()).append(" ").append(cell(o.title())).append(" | ").append(o.owner())
                        .append(" → ").append(o.counterpart()).append(" | ").append(o.status()).append(" | ")
                        .append(o.deadline() == null ? "" : o.deadline()).append(" | ")
                        .append(o.overdue() ? "overdue" : "").append(" |\n");
            }
        }
        m.append("\n## Summary\n\n| Theme | CITES | CMS | Joint | Total |\n|---|---:|---:|---:|---:|\n");
        for (Report.SummaryRow s : r.summary()) {
            m.append("| ").append(cell(s.theme())).append(" | ").append(s.cites()).append(" | ").append(s.cms())
                    .append(" | ").append(s.joint()).append(" | ").append(s.total()).append(" |\n");
        }
        m.append("\n## Provenance\n\nComputed from the ledger heads:\n\n");
        for (Report.Head h : r.heads()) {
            m.append("- ").append(h.origin()).append(" sequence ").append(h.sequence()).append(", hash `")
                    .append(h.hash()).append("`\n");
        }
        m.append("\nReport SHA-256 (of its JSON form): `").append(r.sha256()).append("`\n");
        return m.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void entries(StringBuilder m, List<Report.Entry> entries) {
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
