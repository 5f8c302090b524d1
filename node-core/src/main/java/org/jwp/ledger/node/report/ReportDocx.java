package org.jwp.ledger.node.report;

import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** The report as a Word document (Apache POI), the form Standing Committee documents are drafted in. */
final class ReportDocx {

    private ReportDocx() {
    }

    static byte[] render(Report r) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            heading(doc, r.title(), 16);
            text(doc, "Programme: " + r.programmeTitle() + ". Period: " + r.periodFrom() + " to " + r.periodTo()
                    + "." + (r.asOf() == null ? "" : " As the ledger stood at " + r.asOf() + "."));
            for (Report.ThemeSection t : r.themes()) {
                heading(doc, t.code() + ". " + t.title(), 13);
                XWPFTable table = doc.createTable(1, 2);
                table.setWidth("100%");
                table.getRow(0).getCell(0).setText("Description of joint activities");
                table.getRow(0).getCell(1).setText("Results");
                for (Report.ActivitySection a : t.activities()) {
                    XWPFTableRow row = table.createRow();
                    row.getCell(0).setText(a.code() + ". " + a.title());
                    StringBuilder results = new StringBuilder();
                    if (a.summary() != null) {
                        results.append(a.summary()).append('\n');
                    }
                    if (a.nothingRecorded()) {
                        results.append("Nothing recorded in this period.");
                    }
                    a.results().forEach(e -> results.append(line(e)).append('\n'));
                    row.getCell(1).setText(results.toString().strip());
                }
            }
            heading(doc, "Shared species of particular attention", 13);
            for (Report.SpeciesSection s : r.sharedSpecies()) {
                heading(doc, s.group(), 11);
                if (s.items().isEmpty()) {
                    text(doc, "Nothing recorded in this period.");
                }
                s.items().forEach(e -> text(doc, line(e)));
            }
            heading(doc, "Open and overdue commitments at the end of the period", 13);
            if (r.openAtPeriodEnd().isEmpty()) {
                text(doc, "None.");
            } else {
                XWPFTable open = doc.createTable(1, 5);
                cells(open.getRow(0), List.of("Item", "Between", "Status", "Deadline", "Overdue"));
                for (Report.OpenItem o : r.openAtPeriodEnd()) {
                    cells(open.createRow(), List.of(o.id() + " " + o.title(), o.owner() + " → " + o.counterpart(),
                            o.status(), o.deadline() == null ? "" : o.deadline(), o.overdue() ? "overdue" : ""));
                }
            }
            heading(doc, "Summary", 13);
            XWPFTable summary = doc.createTable(1, 5);
            cells(summary.getRow(0), List.of("Theme", "CITES", "CMS", "Joint", "Total"));
            for (Report.SummaryRow s : r.summary()) {
                cells(summary.createRow(), List.of(s.theme(), "" + s.cites(), "" + s.cms(), "" + s.joint(),
                        "" + s.total()));
            }
            byte[] png = Chart.png(r.summary().subList(0, r.summary().size() - 1));
            XWPFRun chart = doc.createParagraph().createRun();
            java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(new ByteArrayInputStream(png));
            chart.addPicture(new ByteArrayInputStream(png), Document.PICTURE_TYPE_PNG, "items-per-theme.png",
                    Units.toEMU(img.getWidth()), Units.toEMU(img.getHeight()));
            heading(doc, "Provenance", 13);
            r.heads().forEach(h -> text(doc, h.origin() + " sequence " + h.sequence() + ", hash " + h.hash()));
            text(doc, "Report SHA-256 (of its JSON form): " + r.sha256());
            doc.write(out);
            return out.toByteArray();
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new UncheckedIOException(e instanceof IOException io ? io : new IOException(e));
        }
    }

    private static String line(Report.Entry e) {
        return e.date() + " · " + e.by() + " · " + e.text() + (e.documentRefs().isEmpty() ? ""
                : " [" + String.join("; ", e.documentRefs()) + "]") + " (" + e.id() + ")";
    }

    private static void cells(XWPFTableRow row, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            row.getCell(i).setText(values.get(i));
        }
    }

    private static void heading(XWPFDocument doc, String text, int size) {
        XWPFRun run = doc.createParagraph().createRun();
        run.setBold(true);
        run.setFontSize(size);
        run.setText(text);
    }

    private static void text(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.createRun().setText(text);
    }
}
