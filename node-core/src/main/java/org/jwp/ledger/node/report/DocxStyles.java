package org.jwp.ledger.node.report;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPrBase;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import java.math.BigInteger;

/**
 * The named styles of the Word report, as a Standing Committee document uses them: Normal (body, Arial 10 pt,
 * English (United Kingdom)), Title, Heading 1, Heading 2, Heading 3, List Bullet, Header, Footer and the table
 * style "Annex Table" (single borders, header row shaded). Formatting lives in the styles, not on the runs, so an
 * officer can restyle the document in Word.
 */
final class DocxStyles {

    static final String TITLE = "Title";
    static final String HEADING_1 = "Heading1";
    static final String HEADING_2 = "Heading2";
    static final String HEADING_3 = "Heading3";
    static final String LIST = "ListBullet";
    static final String HEADER = "Header";
    static final String FOOTER = "Footer";
    /** The verification note's hashes: an appendix for verifiers, small beside the text a committee reads. */
    static final String SMALL = "Small";
    static final String TABLE = "AnnexTable";

    private DocxStyles() {
    }

    static void define(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        CTStyle normal = paragraph("Normal", "Normal", null, 20, false);
        normal.setDefault(true);
        CTRPr base = normal.getRPr();
        CTFonts fonts = base.addNewRFonts();
        fonts.setAscii("Arial");
        fonts.setHAnsi("Arial");
        fonts.setCs("Arial");
        base.addNewLang().setVal("en-GB");
        normal.addNewPPr().addNewSpacing().setAfter(BigInteger.valueOf(120));
        add(styles, normal);
        CTStyle title = paragraph(TITLE, "Title", "Normal", 24, true);
        title.addNewPPr().addNewJc().setVal(STJc.CENTER);
        add(styles, title);
        add(styles, heading(HEADING_1, "heading 1", 22, 0));
        add(styles, heading(HEADING_2, "heading 2", 20, 1));
        add(styles, heading(HEADING_3, "heading 3", 20, 2));
        CTStyle list = paragraph(LIST, "List Bullet", "Normal", 20, false);
        list.addNewPPr().addNewInd().setLeft(BigInteger.valueOf(284));
        add(styles, list);
        CTStyle header = paragraph(HEADER, "header", "Normal", 18, false);
        header.addNewPPr().addNewJc().setVal(STJc.RIGHT);
        add(styles, header);
        CTStyle footer = paragraph(FOOTER, "footer", "Normal", 18, false);
        footer.addNewPPr().addNewJc().setVal(STJc.CENTER);
        add(styles, footer);
        add(styles, paragraph(SMALL, "Small", "Normal", 14, false));
        add(styles, table());
    }

    private static CTStyle paragraph(String id, String name, String basedOn, int halfPoints, boolean bold) {
        CTStyle s = CTStyle.Factory.newInstance();
        s.setStyleId(id);
        s.setType(STStyleType.PARAGRAPH);
        s.addNewName().setVal(name);
        if (basedOn != null) {
            s.addNewBasedOn().setVal(basedOn);
            s.addNewNext().setVal("Normal");
        }
        s.addNewQFormat();
        CTRPr r = s.addNewRPr();
        if (bold) {
            r.addNewB();
        }
        r.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        return s;
    }

    private static CTStyle heading(String id, String name, int halfPoints, int level) {
        CTStyle s = paragraph(id, name, "Normal", halfPoints, true);
        var p = s.addNewPPr();
        p.addNewKeepNext();
        p.addNewOutlineLvl().setVal(BigInteger.valueOf(level));
        p.addNewSpacing().setBefore(BigInteger.valueOf(240));
        return s;
    }

    private static CTStyle table() {
        CTStyle s = CTStyle.Factory.newInstance();
        s.setStyleId(TABLE);
        s.setType(STStyleType.TABLE);
        s.addNewName().setVal("Annex Table");
        s.addNewBasedOn().setVal("TableNormal");
        CTTblPrBase tbl = s.addNewTblPr();
        CTTblBorders borders = tbl.addNewTblBorders();
        for (CTBorder b : new CTBorder[] {borders.addNewTop(), borders.addNewLeft(), borders.addNewBottom(),
                borders.addNewRight(), borders.addNewInsideH(), borders.addNewInsideV()}) {
            b.setVal(STBorder.SINGLE);
            b.setSz(BigInteger.valueOf(4));
            b.setColor("000000");
        }
        var margins = tbl.addNewTblCellMar();
        margins.addNewLeft().setW(BigInteger.valueOf(85));
        margins.addNewRight().setW(BigInteger.valueOf(85));
        return s;
    }

    private static void add(XWPFStyles styles, CTStyle style) {
        styles.addStyle(new XWPFStyle(style, styles));
    }
}
