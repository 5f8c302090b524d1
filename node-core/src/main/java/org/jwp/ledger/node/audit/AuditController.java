package org.jwp.ledger.node.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jwp.ledger.node.ledger.LedgerStore;
import org.jwp.ledger.node.ledger.StoredEvent;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** What auditors get: verification of the whole store, the export, and checkpoints. */
@RestController
@RequestMapping("/api/audit")
class AuditController {

    record Verification(boolean ok, List<LedgerVerifier.OriginReport> origins) {
    }

    private final Audit audit;
    private final LedgerStore ledger;
    private final CheckpointStore checkpoints;
    private final CheckpointSigner signer;
    private final ObjectMapper json = new ObjectMapper();

    AuditController(Audit audit, LedgerStore ledger, CheckpointStore checkpoints, CheckpointSigner signer) {
        this.audit = audit;
        this.ledger = ledger;
        this.checkpoints = checkpoints;
        this.signer = signer;
    }

    @GetMapping("/verification")
    Verification verification() {
        List<LedgerVerifier.OriginReport> reports = audit.verify();
        return new Verification(reports.stream().allMatch(LedgerVerifier.OriginReport::ok), reports);
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
     * The whole ledger as NDJSON (docs/ledger-format.md): the public keys this node knows, every checkpoint, then
     * every event in its canonical envelope with its hash, origin by origin in sequence order. Streamed.
     */
    @GetMapping("/export")
    ResponseEntity<StreamingResponseBody> export() {
        StreamingResponseBody body = out -> {
            for (Map.Entry<String, java.security.PublicKey> k : audit.trustedKeys().entrySet()) {
                line(out, json.createObjectNode().put("kind", "key").put("origin", k.getKey())
                        .put("publicKey", Keys.pem(k.getValue())).put("fingerprint", Keys.fingerprint(k.getValue())));
            }
            for (Checkpoint c : checkpoints.all()) {
                ObjectNode n = json.valueToTree(c);
                line(out, json.createObjectNode().put("kind", "checkpoint").setAll(n));
            }
            for (String origin : ledger.heads().keySet()) {
                ledger.forEach(origin, e -> eventLine(out, e));
            }
        };
        return ResponseEntity.ok()
                .contentType(new MediaType("application", "x-ndjson", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"ledger-export.ndjson\"")
                .body(body);
    }

    /** The envelope is written in its canonical bytes, so a verifier can hash it as it stands (ExportReader). */
    private void eventLine(OutputStream out, StoredEvent e) {
        try {
            out.write("{\"kind\":\"event\",\"envelope\":".getBytes(StandardCharsets.UTF_8));
            out.write(Envelope.canonical(e));
            out.write((",\"hash\":" + json.writeValueAsString(e.hash()) + "}\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private void line(OutputStream out, ObjectNode node) {
        try {
            out.write(json.writeValueAsBytes(node));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
