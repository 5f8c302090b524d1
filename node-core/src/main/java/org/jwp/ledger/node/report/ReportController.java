package org.jwp.ledger.node.report;

import jakarta.servlet.http.HttpServletResponse;
import org.jwp.ledger.node.request.AsOf;
import org.jwp.ledger.node.request.Checks;
import org.jwp.ledger.node.request.ShortText;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.time.Instant;

/**
 * The annual joint implementation summary, and the whole programme's, in html, md, json or docx: the current draft.
 * The document reference printed in the header (e.g. "SC73 Doc. 13 – Annex 1") is {@code ?reference=}, else
 * {@code LEDGER_REPORT_REFERENCE}, else none.
 */
@RestController
@RequestMapping("/api/reports")
class ReportController {

    private final Reports reports;
    private final WordPdf pdf;

    ReportController(Reports reports, WordPdf pdf) {
        this.pdf = pdf;
        this.reports = reports;
    }

    @GetMapping("/annual/{year}")
    void annual(HttpServletResponse response, @PathVariable int year, @RequestParam(required = false) String format,
                @RequestParam(required = false) String asOf,
                @RequestParam(required = false) @ShortText String reference,
                @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) throws IOException {
        draft(response, "annual/" + year, "year", format, asOf, reference, accept);
    }

    @GetMapping("/programme/{programme}")
    void programme(HttpServletResponse response, @PathVariable String programme,
                   @RequestParam(required = false) String format, @RequestParam(required = false) String asOf,
                   @RequestParam(required = false) @ShortText String reference,
                   @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) throws IOException {
        draft(response, "programme/" + programme, "programme", format, asOf, reference, accept);
    }

    private void draft(HttpServletResponse response, String key, String field, String format, String asOf,
                       String reference, String accept) throws IOException {
        String chosen = ReportFormats.choose(format, accept);
        Instant at = asOf == null ? null : AsOf.parse(asOf);
        Report report = null;
        try {
            report = reports.draft(key, at, reference);
        } catch (IllegalArgumentException e) {
            new Checks().fail(field, e.getMessage()).orThrow();
        }
        ReportFormats.respond(report, chosen, "joint-report-" + key.substring(key.indexOf('/') + 1), response,
                pdf);
    }
}
