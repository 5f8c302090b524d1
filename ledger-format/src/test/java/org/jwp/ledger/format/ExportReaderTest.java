package org.jwp.ledger.format;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading an export as written: envelopes hashed as they stand, reformatted ones canonicalised, no database. */
class ExportReaderTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final KeyPair cites = Keys.generate();

    /** Three CITES events (one with text beyond ASCII), their hashes, and a checkpoint signed over the last. */
    private List<String> exportLines(Function<StoredEvent, String> envelopeAsWritten) throws IOException {
        return exportLines(envelopeAsWritten, 3);
    }

    private List<String> exportLines(Function<StoredEvent, String> envelopeAsWritten, int count) throws IOException {
        List<String> lines = new ArrayList<>();
        List<String> events = new ArrayList<>();
        String hash = ChainHash.GENESIS;
        for (int n = 1; n <= count; n++) {
            StoredEvent e = new StoredEvent("CITES", n, "ev-" + n, "CITES-RES-2025-" + String.format("%04d", n), 0, "ActivityResult",
                    "2025-03-0" + n + "T10:00:00Z", "org.jwp.ledger.events.progress.ActivityResultRecorded", "1",
                    ("{\"text\":\"Atelier à Abidjan, Côte d’Ivoire — n° " + n + " 🐘\",\"actedOn\":\"2025-03-0" + n
                            + "\"}").getBytes(StandardCharsets.UTF_8),
                    "{\"origin\":\"CITES\",\"recordedBy\":\"officer\"}".getBytes(StandardCharsets.UTF_8), null);
            hash = ChainHash.next(hash, Envelope.canonical(e));
            events.add("{\"kind\":\"event\",\"envelope\":" + envelopeAsWritten.apply(e) + ",\"hash\":\"" + hash + "\"}");
        }
        String time = "2025-03-04T00:00:00Z";
        Checkpoint c = new Checkpoint("CITES", count, hash, time, Keys.fingerprint(cites.getPublic()),
                Keys.sign(cites.getPrivate(), Checkpoint.statement("CITES", count, hash, time)));
        ObjectNode checkpoint = JSON.valueToTree(c);
        lines.add(JSON.writeValueAsString(JSON.createObjectNode().put("kind", "checkpoint").setAll(checkpoint)));
        lines.addAll(events);
        ExportTally tally = new ExportTally();
        tally.line("checkpoint");
        for (int n = 1; n <= count; n++) {
            tally.event("CITES", n, JSON.readTree(events.get(n - 1)).get("hash").asText());
        }
        lines.add(JSON.writeValueAsString(tally.endLine()));
        return lines;
    }

    private static String canonical(StoredEvent e) {
        return new String(Envelope.canonical(e), StandardCharsets.UTF_8);
    }

    private static String reformatted(StoredEvent e) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(Envelope.of(e)).replace("\n", " ");
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private LedgerVerifier.OriginReport verify(List<String> lines) throws IOException {
        return verify(lines, Runtime.getRuntime().availableProcessors());
    }

    private LedgerVerifier.OriginReport verify(List<String> lines, int workers) throws IOException {
        LedgerVerifier verifier = new LedgerVerifier(Map.of("CITES", cites.getPublic()));
        new ExportReader(verifier, workers).read(new ByteArrayInputStream((String.join("\n", lines) + "\n")
                .getBytes(StandardCharsets.UTF_8)));
        return verifier.report().get(0);
    }

    @Test
    void anExportOfCanonicalEnvelopesVerifiesUpToItsSignedHead() throws IOException {
        LedgerVerifier.OriginReport r = verify(exportLines(ExportReaderTest::canonical));
        assertThat(r.ok()).isTrue();
        assertThat(r.eventsChecked()).isEqualTo(3);
        assertThat(r.lastCheckpoint().verified()).isTrue();
    }

    @Test
    void aReformattedExportVerifiesTheSameAsTheCanonicalOne() throws IOException {
        LedgerVerifier.OriginReport r = verify(exportLines(ExportReaderTest::reformatted));
        assertThat(r.ok()).isTrue();
        assertThat(r.headHash()).isEqualTo(verify(exportLines(ExportReaderTest::canonical)).headHash());
    }

    @Test
    void anAlteredEnvelopeFailsAtItsSequence() throws IOException {
        List<String> lines = exportLines(ExportReaderTest::canonical);
        lines.set(2, lines.get(2).replace("n° 2", "n° 9"));
        LedgerVerifier.OriginReport r = verify(lines);
        assertThat(r.ok()).isFalse();
        assertThat(r.firstFailure().sequence()).isEqualTo(2);
        assertThat(r.firstFailure().reason()).contains("hash mismatch");
    }

    @Test
    void anAlteredEnvelopeWithARecomputedHashIsCaughtByTheSignedCheckpoint() throws IOException {
        List<String> lines = exportLines(ExportReaderTest::canonical);
        String hashBefore = JSON.readTree(lines.get(2)).get("hash").asText();
        String altered = JSON.readTree(lines.get(3)).get("envelope").toString().replace("n° 3", "n° 8");
        String forged = ChainHash.next(hashBefore, altered.getBytes(StandardCharsets.UTF_8));
        lines.set(3, "{\"kind\":\"event\",\"envelope\":" + altered + ",\"hash\":\"" + forged + "\"}");
        // The end line is not signed: a forger rewrites it too.
        lines.set(4, lines.get(4).replace(JSON.readTree(exportLines(ExportReaderTest::canonical).get(3)).get("hash")
                .asText(), forged));
        LedgerVerifier.OriginReport r = verify(lines);
        assertThat(r.ok()).isFalse();
        assertThat(r.firstFailure().sequence()).isEqualTo(3);
        assertThat(r.firstFailure().reason()).contains("signed checkpoint");
    }

    @Test
    void linesLongerThanTheReadBufferAreReadWhole() throws IOException {
        String longText = "x".repeat(3 << 20);
        List<String> lines = exportLines(ExportReaderTest::canonical);
        lines.set(0, lines.get(0).replaceFirst("\\{", "{\"note\":\"" + longText + "\","));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String line : lines) {
            out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        }
        LedgerVerifier verifier = new LedgerVerifier(Map.of("CITES", cites.getPublic()));
        new ExportReader(verifier).read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(lines.get(0).length()).isGreaterThan(3 << 20);
        assertThat(verifier.report().get(0).ok()).isTrue();
        assertThat(verifier.report().get(0).eventsChecked()).isEqualTo(3);
    }

    /** Thousands of events span many batches read by several workers: the verdict is the single thread's, exactly. */
    @Test
    void workersInParallelReachTheVerdictOfOneThread() throws IOException {
        List<String> lines = exportLines(ExportReaderTest::canonical, 6_000);
        LedgerVerifier.OriginReport alone = verify(lines, 1);
        LedgerVerifier.OriginReport together = verify(lines, 4);
        assertThat(alone.ok()).isTrue();
        assertThat(together).isEqualTo(alone);
        assertThat(together.eventsChecked()).isEqualTo(6_000);
    }

    /**
     * An altered event given a hash of its own that chains from its predecessor: a worker hashes the next event over
     * that forged hash, which the fold must not take for the verified head. Both readings fail at the next event.
     */
    @Test
    void aForgedClaimedHashMisleadsNoWorker() throws IOException {
        List<String> lines = exportLines(ExportReaderTest::canonical, 6_000);
        int line = 4_321; // event 4,321 (line 0 is the checkpoint)
        String hashBefore = JSON.readTree(lines.get(line - 1)).get("hash").asText();
        String altered = JSON.readTree(lines.get(line)).get("envelope").toString().replace("Abidjan", "Abuja");
        String forged = ChainHash.next(hashBefore, altered.getBytes(StandardCharsets.UTF_8));
        lines.set(line, "{\"kind\":\"event\",\"envelope\":" + altered + ",\"hash\":\"" + forged + "\"}");
        LedgerVerifier.OriginReport alone = verify(lines, 1);
        LedgerVerifier.OriginReport together = verify(lines, 4);
        assertThat(together.firstFailure()).isEqualTo(alone.firstFailure());
        assertThat(together.firstFailure().sequence()).isEqualTo(4_322);
        assertThat(together.firstFailure().reason()).contains("hash mismatch");
    }
}
