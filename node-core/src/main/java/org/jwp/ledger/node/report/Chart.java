package org.jwp.ledger.node.report;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** The small bar chart of items per theme: SVG for the HTML report, PNG for Word. */
final class Chart {

    private static final int BAR = 36;
    private static final int GAP = 14;
    private static final int HEIGHT = 160;
    /** Room above the tallest bar for its number, which was clipped when drawn inside the image's top edge. */
    private static final int TOP = 22;

    private Chart() {
    }

    static String svg(List<Report.SummaryRow> themes) {
        long max = Math.max(1, themes.stream().mapToLong(Report.SummaryRow::total).max().orElse(1));
        int width = themes.size() * (BAR + GAP) + GAP;
        StringBuilder s = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + width
                + "\" height=\"" + (TOP + HEIGHT + 30) + "\" role=\"img\" aria-label=\"Items per theme\">");
        for (int i = 0; i < themes.size(); i++) {
            Report.SummaryRow r = themes.get(i);
            int h = (int) (r.total() * HEIGHT / max);
            int x = GAP + i * (BAR + GAP);
            s.append("<rect x=\"").append(x).append("\" y=\"").append(TOP + HEIGHT - h).append("\" width=\"")
                    .append(BAR).append("\" height=\"").append(h).append("\" fill=\"#2f6f8f\"/>")
                    .append("<text x=\"").append(x + BAR / 2).append("\" y=\"").append(TOP + HEIGHT + 18)
                    .append("\" text-anchor=\"middle\" font-size=\"12\">").append(r.theme(), 0, 1)
                    .append("</text><text x=\"").append(x + BAR / 2).append("\" y=\"").append(TOP + HEIGHT - h - 5)
                    .append("\" text-anchor=\"middle\" font-size=\"11\">").append(r.total()).append("</text>");
        }
        return s.append("</svg>").toString();
    }

    static byte[] png(List<Report.SummaryRow> themes) {
        long max = Math.max(1, themes.stream().mapToLong(Report.SummaryRow::total).max().orElse(1));
        int width = themes.size() * (BAR + GAP) + GAP;
        BufferedImage image = new BufferedImage(width, TOP + HEIGHT + 30, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, TOP + HEIGHT + 30);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        for (int i = 0; i < themes.size(); i++) {
            Report.SummaryRow r = themes.get(i);
            int h = (int) (r.total() * HEIGHT / max);
            int x = GAP + i * (BAR + GAP);
            g.setColor(new Color(0x2f6f8f));
            g.fillRect(x, TOP + HEIGHT - h, BAR, h);
            g.setColor(Color.BLACK);
            g.drawString(r.theme().substring(0, 1), x + BAR / 2 - 4, TOP + HEIGHT + 18);
            g.drawString(Long.toString(r.total()), x + BAR / 2 - 4, TOP + HEIGHT - h - 5);
        }
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
