package org.jwp.ledger.node.report;

import jakarta.servlet.http.HttpServletResponse;
import org.jwp.ledger.node.request.Checks;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** A report answered in the format asked for, with its content digest and the heads it was computed from. */
public final class ReportFormats {

    private static final List<String> FORMATS = List.of("html", "md", "json", "docx", "pdf");
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private ReportFormats() {
    }

    /**
     * Writes the report into the response as it is rendered: a year of 100,000 passages is tens of megabytes, which
     * a node must not hold twice (as the export does, the request thread writes it; no async timeout can cut it off).
     * The report is built before the first byte, so a refusal is still a problem document.
     */
    public static void respond(Report report, String format, String fileName, HttpServletResponse response,
                               WordPdf pdf) throws IOException {
        if (format.equals("pdf") && !pdf.available()) {
            throw new org.springframework.web.server.ResponseStatusException(
                    org.springframework.http.HttpStatus.NOT_IMPLEMENTED, "this node has no LibreOffice to make the "
                    + "PDF from the Word file: download the Word file (format=docx)");
        }
        byte[] printed = format.equals("pdf") ? pdf.convert(ReportDocx.render(report)) : null;
        // The content digest, and the ledger position it was computed at (docs/reports.md).
        response.setHeader("X-Report-Content-SHA256", report.contentSha256());
        response.setHeader("X-Report-Heads", String.join(", ", report.heads().stream()
                .map(h -> h.origin() + ":" + h.sequence()).toList()));
        OutputStream body = response.getOutputStream();
        switch (format) {
            case "md" -> {
                response.setContentType("text/markdown;charset=UTF-8");
                ReportOut.write(body, out -> ReportMarkdown.write(report, out));
            }
            case "json" -> {
                response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                // In large writes: the generator's 8 kB flushes made a year's 70 MB thousands of socket writes.
                BufferedOutputStream buffered = new BufferedOutputStream(body, 1 << 18);
                ReportJson.write(report, buffered);
                buffered.flush();
            }
            case "pdf" -> {
                response.setContentType(MediaType.APPLICATION_PDF_VALUE);
                response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + ".pdf\"");
                body.write(printed);
            }
            case "docx" -> {
                response.setContentType(DOCX);
                response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + ".docx\"");
                body.write(ReportDocx.render(report));
            }
            default -> {
                response.setContentType("text/html;charset=UTF-8");
                ReportOut.write(body, out -> ReportHtml.write(report, out));
            }
        }
        body.flush();
    }

    public static String choose(String format, String accept) {
        if (format != null) {
            new Checks().check(FORMATS.contains(format), "format", "must be one of " + FORMATS).orThrow();
            return format;
        }
        if (accept != null) {
            if (accept.contains("text/markdown")) {
                return "md";
            }
            if (accept.contains("application/pdf")) {
                return "pdf";
            }
            if (accept.contains("wordprocessingml")) {
                return "docx";
            }
            if (accept.contains("application/json") && !accept.contains("text/html")) {
                return "json";
            }
        }
        return "html";
    }
}
