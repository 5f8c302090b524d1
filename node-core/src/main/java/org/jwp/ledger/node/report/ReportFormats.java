package org.jwp.ledger.node.report;

import org.jwp.ledger.node.web.Checks;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.List;

/** A report answered in the format asked for, with its content digest and the heads it was computed from. */
public final class ReportFormats {

    private static final List<String> FORMATS = List.of("html", "md", "json", "docx");
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private ReportFormats() {
    }

    public static ResponseEntity<byte[]> respond(Report report, String format, String fileName) {
        // The content digest, and the ledger position it was computed at (docs/reports.md).
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok().header("X-Report-Content-SHA256", report.contentSha256())
                .header("X-Report-Heads", String.join(", ", report.heads().stream()
                        .map(h -> h.origin() + ":" + h.sequence()).toList()));
        return switch (format) {
            case "md" -> ok.contentType(MediaType.parseMediaType("text/markdown;charset=UTF-8"))
                    .body(ReportMarkdown.render(report));
            case "json" -> ok.contentType(MediaType.APPLICATION_JSON).body(ReportJson.render(report));
            case "docx" -> ok.contentType(MediaType.parseMediaType(DOCX))
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + ".docx\"")
                    .body(ReportDocx.render(report));
            default -> ok.contentType(MediaType.parseMediaType("text/html;charset=UTF-8"))
                    .body(ReportHtml.render(report));
        };
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
