package org.jwp.ledger.node.audit;

import org.jwp.ledger.format.Checkpoint;
import org.jwp.ledger.format.Envelope;
import org.jwp.ledger.format.ExportTally;
import org.jwp.ledger.format.Keys;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jwp.ledger.node.ledger.LedgerStore;
import org.jwp.ledger.format.StoredEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.List;
import java.util.Map;

/**
 * Writes the export (docs/ledger-format.md §6) from one consistent snapshot of the store: the public keys this node
 * knows, every checkpoint, every event in its canonical envelope with its hash, origin by origin in sequence order,
 * and last the end line that says what came before it, so that a cut-off download cannot pass for a whole one.
 */
@Component
class ExportWriter {

    private final Audit audit;
    private final LedgerStore ledger;
    private final CheckpointStore checkpoints;
    private final ObjectMapper json = new ObjectMapper();

    ExportWriter(Audit audit, LedgerStore ledger, CheckpointStore checkpoints) {
        this.audit = audit;
        this.ledger = ledger;
        this.checkpoints = checkpoints;
    }

    /**
     * Where an interrupted download goes on: the events of each origin after {@code after} and up to {@code through}
     * (the heads the first part's {@code Ledger-Export-Heads} named), with no key or checkpoint line; its end line
     * counts that part only (docs/ledger-format.md §6).
     */
    record Resume(Map<String, Long> after, Map<String, Long> through) {
    }

    /** The heads this export covers, to be sent before its first byte ({@code Ledger-Export-Heads}). */
    interface Heads {
        void announce(Map<String, Long> heads);
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public void write(OutputStream out, Resume resume, Heads heads) throws IOException {
        Map<String, Long> current = ledger.heads();
        Map<String, Long> through = resume == null ? current : resume.through();
        heads.announce(through);
        ExportTally tally = new ExportTally();
        if (resume == null) {
            for (Map.Entry<String, PublicKey> k : audit.trustedKeys().entrySet()) {
                line(out, json.createObjectNode().put("kind", "key").put("origin", k.getKey())
                        .put("publicKey", Keys.pem(k.getValue())).put("fingerprint", Keys.fingerprint(k.getValue())));
                tally.line("key");
            }
            for (Checkpoint c : checkpoints.all()) {
                ObjectNode n = json.valueToTree(c);
                line(out, json.createObjectNode().put("kind", "checkpoint").setAll(n));
                tally.line("checkpoint");
            }
        }
        for (Map.Entry<String, Long> head : new java.util.TreeMap<>(through).entrySet()) {
            String origin = head.getKey();
            long at = resume == null ? 0 : resume.after().getOrDefault(origin, 0L);
            while (at < head.getValue()) {
                List<StoredEvent> page = ledger.after(origin, at, (int) Math.min(1000, head.getValue() - at));
                if (page.isEmpty()) {
                    break;
                }
                for (StoredEvent e : page) {
                    eventLine(out, e);
                    tally.event(e.origin(), e.sequence(), e.hash());
                    at = e.sequence();
                }
            }
        }
        line(out, tally.endLine());
        out.flush();
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

    private void line(OutputStream out, ObjectNode node) throws IOException {
        out.write(json.writeValueAsBytes(node));
        out.write('\n');
    }
}
