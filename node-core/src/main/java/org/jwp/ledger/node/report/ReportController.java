package org.jwp.ledger.node.report;

import org.jwp.ledger.events.catalogue.Programme;
import org.jwp.ledger.events.catalogue.ProgrammeCatalogue;
import org.jwp.ledger.node.web.AsOf;
import org.jwp.ledger.node.web.Checks;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The annual joint implementation summary, and the whole programme's, in html, md, json or docx. The document
 * reference printed in the header (e.g. "SC73 Doc. 13 – Annex 1") is {@code ?reference=}, else
 * {@code LEDGER_REPORT_REFERENCE}, else none.
 */
@RestController
@RequestMapping("/api/reports")
class ReportController {

    private static final ProgrammeCatalogue CATALOGUE = ProgrammeCatalogue.standard();
    private static final List<String> FORMATS = List.of("html", "md", "json", "docx");
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final ReportSource source;
    private final String defaultReference;

    ReportController(ReportSource source,
                     @org.springframework.beans.factory.annotation.Value("${ledger.report.reference:}")
                     String defaultReference) {
        this.source = source;
        this.defaultReference = defaultReference;
    }

    @GetMapping("/annual/{year}")
    ResponseEntity<byte[]> annual(@PathVariable int year, @RequestParam(required = false) String format,
                                  @RequestParam(required = false) String asOf,
                                  @RequestParam(required = false) @org.jwp.ledger.node.web.ShortText String reference,
                                  @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        String chosen = format(format, accept);
        Programme programme = null;
        try {
            programme = CATALOGUE.forYear(year);
        } catch (IllegalArgumentException e) {
            new Checks().fail("year", e.getMessage()).orThrow();
        }
        return respond(programme, "Implementation of the " + programme.title() + " in " + year,
                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), asOf, reference, chosen,
                "joint-report-" + year);
    }

    @GetMapping("/programme/{programme}")
    ResponseEntity<byte[]> programme(@PathVariable String programme, @RequestParam(required = false) String format,
                                     @RequestParam(required = false) String asOf,
                                     @RequestParam(required = false) @org.jwp.ledger.node.web.ShortText
                                     String reference,
                                     @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        String chosen = format(format, accept);
        Programme p = CATALOGUE.programme(programme).orElse(null);
        new Checks().check(p != null, "programme", "must be one of "
                + CATALOGUE.programmes().stream().map(Programme::id).toList()).orThrow();
        return respond(p, "Implementation of the " + p.title(), LocalDate.of(p.firstYear(), 1, 1),
                LocalDate.of(p.lastYear(), 12, 31), asOf, reference, chosen, "joint-report-" + programme);
    }

    private ResponseEntity<byte[]> respond(Programme programme, String title, LocalDate from, LocalDate to,
                                           String asOf, String reference, String format, String fileName) {
        Instant at = asOf == null ? null : AsOf.parse(asOf);
        String header = reference != null ? reference.strip() : defaultReference.strip();
        ReportSource.Snapshot snapshot = source.read(from, to, at);
        Report report = ReportBuilder.build(new ReportBuilder.Scope(title, header.isEmpty() ? null : header,
                        programme, from, to, at == null ? null : at.toString()), snapshot.events(), snapshot.heads());
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

    private static String format(String format, String accept) {
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
