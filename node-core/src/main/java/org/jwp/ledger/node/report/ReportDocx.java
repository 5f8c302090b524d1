package org.jwp.ledger.node.report;

import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The report as a Word document in the form of a Standing Committee document: A4, named styles ({@link DocxStyles}),
 * the document reference in the header, page numbers in the footer, the annex tables with their header row repeated
 * on every page, italic where the markup says so; then what the ledger adds. Byte-identical for the same report.
 */
final class ReportDocx {

    private static final int A4_WIDTH = 11906;
    private static final int A4_HEIGHT = 16838;
    private static final int MARGIN = 1418; // 2.5 cm, in twentieths of a point

    private ReportDocx() {
    }

    static byte[] render(Report r) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            DocxStyles.define(doc);
            page(doc, r);
            doc.getProperties().getCoreProperties().setTitle(r.title());
            doc.getProperties().getCoreProperties().setCreated(Optional.empty());
            // One title: the report's own (an implementation report), as Annex 1 writes its heading.
            styled(doc, DocxStyles.TITLE, r.title().toUpperCase(Locale.ROOT));
            styled(doc, null, ReportText.scope(r));
            blocks(doc, r.introduction());
            for (Report.ThemeSection t : r.themes()) {
                styled(doc, DocxStyles.HEADING_1, t.code() + ". " + t.title());
                blocks(doc, t.introduction());
                annexTable(doc, t);
            }
            ledger(doc, r);
            doc.write(out);
            return DocxPackaging.reproducible(out.toByteArray());
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new UncheckedIOException(e instanceof IOException io ? io : new IOException(e));
        }
    }

    private static void annexTable(XWPFDocument doc, Report.ThemeSection t) {
        XWPFTable table = doc.createTable(1, 2);
        table.setStyleID(DocxStyles.TABLE);
        table.setWidth("100%");
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        bold(header.getCell(0), ReportText.DESCRIPTION);
        bold(header.getCell(1), ReportText.RESULTS);
        for (Report.RowSection row : t.rows()) {
            XWPFTableRow tr = table.createRow();
            XWPFTableCell left = tr.getCell(0);
            XWPFTableCell right = tr.getCell(1);
            left.setWidth("50%");
            right.setWidth("50%");
            XWPFParagraph first = left.getParagraphs().get(0);
            if (row.heading() != null) {
                runs(first, Markup.runs(row.heading()), true);
                first = null;
            }
            for (String activity : row.activities()) {
                first = cellBlocks(left, first, activity);
            }
            XWPFParagraph firstRight = right.getParagraphs().get(0);
            for (Report.Passage passage : row.results()) {
                firstRight = cellBlocks(right, firstRight, passage.text());
            }
        }
    }

    /** Writes a markup text into a cell, using its empty first paragraph if still unused; answers it if unused. */
    private static XWPFParagraph cellBlocks(XWPFTableCell cell, XWPFParagraph unused, String text) {
        XWPFParagraph free = unused;
        for (Markup.Block b : Markup.blocks(text)) {
            XWPFParagraph p = free != null ? free : cell.addParagraph();
            free = null;
            if (b.listItem()) {
                p.setStyle(DocxStyles.LIST);
                p.createRun().setText("- ");
            }
            runs(p, b.runs(), false);
        }
        return free;
    }

    private static void ledger(XWPFDocument doc, Report r) throws IOException,
            org.apache.poi.openxml4j.exceptions.InvalidFormatException {
        XWPFParagraph title = styled(doc, DocxStyles.HEADING_1, ReportText.LEDGER_TITLE);
        title.setPageBreak(true);
        styled(doc, null, ReportText.LEDGER_INTRO);
        for (Report.LedgerRow row : r.ledger()) {
            styled(doc, DocxStyles.HEADING_3, ReportText.rowTitle(row));
            if (row.summary() != null) {
                styled(doc, null, row.summary());
            }
            if (row.nothingRecorded()) {
                styled(doc, null, ReportText.NOTHING);
            }
            row.entries().forEach(e -> styled(doc, DocxStyles.LIST, line(e)));
        }
        styled(doc, DocxStyles.HEADING_2, "Shared species of particular attention");
        for (Report.SpeciesSection s : r.sharedSpecies()) {
            styled(doc, DocxStyles.HEADING_3, s.group());
            if (s.items().isEmpty()) {
                styled(doc, null, ReportText.NOTHING);
            }
            s.items().forEach(e -> styled(doc, DocxStyles.LIST, line(e)));
        }
        styled(doc, DocxStyles.HEADING_2, "Open and overdue commitments at the end of the period");
        if (r.openAtPeriodEnd().isEmpty()) {
            styled(doc, null, "None.");
        } else {
            XWPFTable open = table(doc, List.of("Item", "Between", "Status", "Deadline", "Overdue"));
            for (Report.OpenItem o : r.openAtPeriodEnd()) {
                cells(open.createRow(), List.of(o.id() + " " + o.title(), o.owner() + " → " + o.counterpart(),
                        ReportText.status(o.status()), o.deadline() == null ? "" : o.deadline(), o.overdue() ? "overdue" : ""));
            }
        }
        styled(doc, DocxStyles.HEADING_2, "Summary");
        XWPFTable summary = table(doc, List.of("Theme", "CITES", "CMS", "Joint", "Total"));
        for (Report.SummaryRow s : r.summary()) {
            cells(summary.createRow(), List.of(s.theme(), "" + s.cites(), "" + s.cms(), "" + s.joint(),
                    "" + s.total()));
        }
        byte[] png = Chart.png(r.summary().subList(0, r.summary().size() - 1));
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        doc.createParagraph().createRun().addPicture(new ByteArrayInputStream(png), Document.PICTURE_TYPE_PNG,
                "items-per-theme.png", Units.toEMU(img.getWidth() * 0.75), Units.toEMU(img.getHeight() * 0.75));
        styled(doc, DocxStyles.HEADING_2, "Provenance");
        ReportText.provenance(r).forEach(line -> styled(doc, DocxStyles.SMALL, line)); // hashes: for verifiers
        if (r.attestation() != null) {
            styled(doc, DocxStyles.HEADING_2, ReportText.ATTESTATION_TITLE);
            ReportText.attestation(r).forEach(line -> styled(doc, null, line));
            styled(doc, DocxStyles.HEADING_2, ReportText.VERIFICATION_TITLE);
            ReportText.verification(r).forEach(line -> styled(doc, DocxStyles.SMALL, line));
        }
    }

    /** A4, 2.5 cm margins, the document reference in the header and the page number in the footer. */
    private static void page(XWPFDocument doc, Report r) {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        CTPageMar margins = section.addNewPgMar();
        for (var set : List.<java.util.function.Consumer<BigInteger>>of(margins::setTop, margins::setBottom,
                margins::setLeft, margins::setRight)) {
            set.accept(BigInteger.valueOf(MARGIN));
        }
        margins.setHeader(BigInteger.valueOf(709));
        margins.setFooter(BigInteger.valueOf(709));
        XWPFParagraph header = doc.createHeader(HeaderFooterType.DEFAULT).createParagraph();
        header.setStyle(DocxStyles.HEADER);
        header.createRun().setText(r.reference() == null ? r.programmeTitle() : r.reference());
        XWPFParagraph footer = doc.createFooter(HeaderFooterType.DEFAULT).createParagraph();
        footer.setStyle(DocxStyles.FOOTER);
        footer.getCTP().addNewFldSimple().setInstr("PAGE");
    }

    private static String line(Report.Entry e) {
        return e.date() + " · " + e.by() + " · " + e.text() + (e.documentRefs().isEmpty() ? ""
                : " [" + String.join("; ", e.documentRefs()) + "]") + " (" + e.id() + ")";
    }

    private static XWPFTable table(XWPFDocument doc, List<String> headings) {
        XWPFTable table = doc.createTable(1, headings.size());
        table.setStyleID(DocxStyles.TABLE);
        table.setWidth("100%");
        table.getRow(0).setRepeatHeader(true);
        for (int i = 0; i < headings.size(); i++) {
            bold(table.getRow(0).getCell(i), headings.get(i));
        }
        return table;
    }

    private static void bold(XWPFTableCell cell, String text) {
        XWPFRun run = cell.getParagraphs().get(0).createRun();
        run.setBold(true);
        run.setText(text);
    }

    private static void cells(XWPFTableRow row, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            row.getCell(i).setText(values.get(i));
        }
    }

    private static void blocks(XWPFDocument doc, List<String> texts) {
        for (String text : texts) {
            for (Markup.Block b : Markup.blocks(text)) {
                XWPFParagraph p = doc.createParagraph();
                if (b.listItem()) {
                    p.setStyle(DocxStyles.LIST);
                    p.createRun().setText("- ");
                }
                runs(p, b.runs(), false);
            }
        }
    }

    private static void runs(XWPFParagraph p, List<Markup.Run> runs, boolean underline) {
        for (Markup.Run run : runs) {
            XWPFRun r = p.createRun();
            r.setItalic(run.italic());
            if (underline) {
                r.setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
            }
            r.setText(run.text());
        }
    }

    private static XWPFParagraph styled(XWPFDocument doc, String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        if (style != null) {
            p.setStyle(style);
        }
        p.createRun().setText(text);
        return p;
    }
}
