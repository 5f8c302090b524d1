package org.jwp.ledger.node.audit;

import org.jwp.ledger.format.Checkpoint;
import org.jwp.ledger.format.LedgerVerifier;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.jwp.ledger.node.request.Checks;

import java.io.IOException;
import java.util.List;

/** What auditors get: verification of the whole store, the export, and checkpoints. */
@RestController
@RequestMapping("/api/audit")
class AuditController {

    /**
     * {@code ok} only when every origin is VERIFIED; an unsigned tail is UNSIGNED_TAIL with a warning per origin,
     * never ok (docs/ledger-format.md §5).
     */
    record Verification(boolean ok, LedgerVerifier.Verdict verdict, List<String> warnings,
                        List<LedgerVerifier.OriginReport> origins) {
    }

    private final Audit audit;
    private final CheckpointStore checkpoints;
    private final CheckpointSigner signer;
    private final ExportWriter exports;
    private final VerifierDownload verifier;

    AuditController(Audit audit, CheckpointStore checkpoints, CheckpointSigner signer, ExportWriter exports,
                    VerifierDownload verifier) {
        this.audit = audit;
        this.checkpoints = checkpoints;
        this.signer = signer;
        this.exports = exports;
        this.verifier = verifier;
    }

    /** The offline verifier, to run with {@code java -jar ledger-verify.jar verify export.ndjson --key …}. */
    @GetMapping("/verifier")
    void verifierJar(HttpServletResponse response) throws java.io.IOException {
        VerifierDownload.Jar jar = verifier.jar().orElseThrow(() -> new org.jwp.ledger.node.ledger.UnknownItem(
                "the offline verifier (this node was built without ledger-verify.jar)"));
        response.setContentType("application/java-archive");
        response.setHeader("Content-Disposition", "attachment; filename=\"ledger-verify.jar\"");
        response.setHeader("Digest", "sha-256=" + java.util.Base64.getEncoder().encodeToString(
                java.util.HexFormat.of().parseHex(jar.sha256())));
        response.setContentLengthLong(jar.bytes());
        try (java.io.InputStream in = verifier.open()) {
            in.transferTo(response.getOutputStream());
        }
    }

    /** Its SHA-256 (hex) and size, as the audit page shows them. */
    @GetMapping("/verifier/sha256")
    VerifierDownload.Jar verifierDigest() {
        return verifier.jar().orElseThrow(() -> new org.jwp.ledger.node.ledger.UnknownItem(
                "the offline verifier (this node was built without ledger-verify.jar)"));
    }

    @GetMapping("/verification")
    Verification verification() {
        List<LedgerVerifier.OriginReport> reports = audit.verify();
        LedgerVerifier.Verdict verdict = LedgerVerifier.overall(reports);
        return new Verification(verdict == LedgerVerifier.Verdict.VERIFIED, verdict, reports.stream()
                .filter(r -> r.warning() != null).map(r -> r.origin() + ": " + r.warning()).toList(), reports);
    }

    @GetMapping("/checkpoints")
    List<Checkpoint> checkpoints() {
        return checkpoints.all();
    }

    /** Signs this node's head now. */
    @PostMapping("/checkpoints")
    ResponseEntity<Checkpoint> checkpoint() {
        return signer.signNow().map(c -> ResponseEntity.status(HttpStatus.CREATED).body(c))
                .orElse(ResponseEntity.noContent().build());
    }

    /**
     * The whole ledger as NDJSON (docs/ledger-format.md §6), written on the request's own thread: no asynchronous
     * request timeout can end it while it is still producing data (a 1,000,000-event export takes minutes). If it
     * fails after it has started, the exception reaches Tomcat with the response committed, and Tomcat closes the
     * connection without ending the chunked body: the client sees a broken download, never a short complete one.
     */
    @GetMapping("/export")
    void export(HttpServletResponse response, @RequestParam(required = false) String after,
                @RequestParam(required = false) String through) throws IOException {
        ExportWriter.Resume resume = null;
        if (after != null || through != null) {
            resume = new ExportWriter.Resume(positions("after", after), positions("through", through));
        }
        response.setContentType("application/x-ndjson;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"ledger-export.ndjson\"");
        exports.write(response.getOutputStream(), resume, heads -> response.setHeader(EXPORT_HEADS,
                heads.entrySet().stream().map(h -> h.getKey() + ":" + h.getValue())
                        .collect(java.util.stream.Collectors.joining(","))));
    }

    /** The heads an export covers, {@code CITES:1200,CMS:40}: what a resumed download asks for up to. */
    static final String EXPORT_HEADS = "Ledger-Export-Heads";

    /** {@code CITES:120,CMS:40} as origin to sequence; a resumed export needs both {@code after} and {@code through}. */
    private static java.util.Map<String, Long> positions(String name, String text) {
        java.util.Map<String, Long> positions = new java.util.TreeMap<>();
        boolean ok = text != null && !text.isBlank();
        if (ok) {
            for (String part : text.split(",")) {
                String[] kv = part.split(":", 2);
                ok &= kv.length == 2 && kv[0].matches("[A-Z]{2,16}") && kv[1].matches("[0-9]{1,18}");
                if (ok) {
                    positions.put(kv[0], Long.parseLong(kv[1]));
                }
            }
        }
        new Checks().check(ok, name, "must be origin:sequence pairs, e.g. CITES:1200,CMS:40 (both after and "
                + "through, to resume a download)").orThrow();
        return positions;
    }
}
