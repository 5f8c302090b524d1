package org.jwp.ledger.node.signoff;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import org.jwp.ledger.events.signoff.ReportApproved;
import org.jwp.ledger.node.ledger.UnknownItem;
import org.jwp.ledger.node.report.Report;
import org.jwp.ledger.node.report.ReportFormats;
import org.jwp.ledger.node.report.Reports;
import org.jwp.ledger.node.request.Checks;
import org.jwp.ledger.node.request.ShortText;
import org.jwp.ledger.node.ledger.Recording;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Joint sign-off: an approver approves the current draft's content digest for their secretariat; once both have
 * approved one digest the report is issued, and every issued version stays served with both approvals attested.
 */
@RestController
@RequestMapping("/api/reports/{kind:annual|programme}/{which}")
class SignOffController {

    record Approve(@NotBlank @ShortText String contentDigest) {
    }

    private final Reports reports;
    private final Approvals approvals;
    private final SignOffs signOffs;
    private final Recording recording;
    private final org.jwp.ledger.node.report.WordPdf pdf;

    SignOffController(Reports reports, Approvals approvals, SignOffs signOffs, Recording recording,
                      org.jwp.ledger.node.report.WordPdf pdf) {
        this.pdf = pdf;
        this.reports = reports;
        this.approvals = approvals;
        this.signOffs = signOffs;
        this.recording = recording;
    }

    /** The sign-off status, and what changed in the annex since the last issued version, if it did. */
    record StatusAnswer(String report, String contentDigest, String state,
                        java.util.List<SignOffStatus.Approval> approvalsOfDraft,
                        java.util.List<SignOffStatus.Issued> issued,
                        java.util.List<org.jwp.ledger.node.report.ReportDiff.RowChange> changesSinceIssue) {
    }

    @GetMapping("/status")
    StatusAnswer status(@PathVariable String kind, @PathVariable String which) {
        SignOffs.Draft d = signOffs.draft(key(kind, which));
        SignOffStatus.Status s = d.status();
        return new StatusAnswer(s.report(), s.contentDigest(), s.state(), s.approvalsOfDraft(), s.issued(),
                d.changesSinceIssue());
    }

    @PostMapping("/approvals")
    ResponseEntity<Object> approve(@PathVariable String kind, @PathVariable String which,
                                   @RequestBody Approve body) {
        String key = key(kind, which);
        recording.validate(body).orThrow();
        Report draft = reports.draft(key, null, null);
        if (!draft.contentSha256().equals(body.contentDigest())) {
            return conflict("the current draft's content has digest " + draft.contentSha256() + ", not "
                    + body.contentDigest() + ": read it again before approving", draft.contentSha256());
        }
        // Once per secretariat and content is the aggregate's rule: its stream is named after them.
        String id = ReportApproval.idFor(recording.self(), key, draft.contentSha256());
        recording.record(new ApproveReport(id, key, draft.contentSha256(), draft.heads().stream()
                .map(h -> new ReportApproved.Head(h.origin(), h.sequence(), h.hash())).toList(), recording.today()));
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put("id", id);
        answer.put("contentDigest", draft.contentSha256());
        return ResponseEntity.created(URI.create("/api/reports/" + key + "/status")).body(answer);
    }

    @GetMapping("/issued")
    void issued(HttpServletResponse response, @PathVariable String kind, @PathVariable String which,
                @RequestParam(required = false) Integer version, @RequestParam(required = false) String format,
                @RequestParam(required = false) @ShortText String reference,
                @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) throws IOException {
        String key = key(kind, which);
        String chosen = ReportFormats.choose(format, accept);
        var list = approvals.of(key);
        SignOffStatus.Status status = SignOffStatus.fold(key, "", list);
        if (status.issued().isEmpty()) {
            throw new UnknownItem("an issued version of " + key + " (none yet: both secretariats must approve)");
        }
        int v = version == null ? status.issued().size() : version;
        new Checks().check(v >= 1 && v <= status.issued().size(), "version", "must be 1 to "
                + status.issued().size()).orThrow();
        ReportFormats.respond(signOffs.issued(key, status, v, reference), chosen,
                "joint-report-" + which + "-issued-v" + v, response, pdf);
    }

    private static String key(String kind, String which) {
        return kind + "/" + which;
    }

    private static ResponseEntity<Object> conflict(String detail, String currentDigest) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
        p.setType(URI.create("urn:jwp-ledger:problem:refused"));
        p.setTitle("Not the current draft");
        p.setProperty("currentDigest", currentDigest);
        return ResponseEntity.status(HttpStatus.CONFLICT).body(p);
    }
}
