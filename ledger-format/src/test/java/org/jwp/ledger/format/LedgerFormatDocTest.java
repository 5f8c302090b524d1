package org.jwp.ledger.format;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The worked example in docs/ledger-format.md is computed, not typed: this test recomputes every canonical envelope,
 * hash and the checkpoint signature from the example's events and key, and requires the document to say exactly that.
 */
public class LedgerFormatDocTest {

    public static final Path DOC = Path.of("..", "docs", "ledger-format.md");

    /** The worked example's three events, as stored (docs/ledger-format.md §7). */
    public static List<StoredEvent> exampleChain() {
        return List.of(
                event(1, "0d6f9a3e-1b2c-4d5e-8f90-a1b2c3d4e5f1", "CITES-CONS-2025-0007", 0, "Consultation",
                        "2025-04-02T09:15:30.123Z", "org.jwp.ledger.events.consultation.ConsultationRequested",
                        "{\"consultationId\":\"CITES-CONS-2025-0007\",\"requestedBy\":\"CITES\",\"requestedFrom\":"
                                + "\"CMS\",\"meeting\":\"CITES CoP20\",\"proposal\":\"Prop. 12\",\"taxon\":"
                                + "\"Carcharhinus longimanus\",\"proposedChange\":\"Include in Appendix II\","
                                + "\"dueDate\":\"2025-06-30\",\"programme\":\"2021-2025\",\"activityCodes\":[\"C3\"],"
                                + "\"actedOn\":\"2025-04-02\"}",
                        "{\"origin\":\"CITES\",\"recordedBy\":\"alice\",\"recordedAt\":\"2025-04-02T09:15:30.100Z\","
                                + "\"correlationId\":\"7c9e6679-7425-40de-944b-e07fc1f90ae7\"}"),
                event(2, "0d6f9a3e-1b2c-4d5e-8f90-a1b2c3d4e5f2", "CITES-CONS-2025-0007", 1, "Consultation",
                        "2025-06-20T14:00:00Z", "org.jwp.ledger.events.consultation.ConsultationDueDateExtended",
                        "{\"consultationId\":\"CITES-CONS-2025-0007\",\"previousDueDate\":\"2025-06-30\","
                                + "\"dueDate\":\"2025-07-15\",\"actedOn\":\"2025-06-20\"}",
                        "{\"origin\":\"CITES\",\"recordedBy\":\"alice\",\"recordedAt\":\"2025-06-20T13:59:59.950Z\","
                                + "\"correlationId\":\"9b2e0c1d-5a4f-4e3b-8c7d-6e5f4a3b2c1d\"}"),
                event(3, "0d6f9a3e-1b2c-4d5e-8f90-a1b2c3d4e5f3", "CITES-RES-2025-0001", 0, "ActivityResult",
                        "2025-07-01T08:30:00.5Z", "org.jwp.ledger.events.progress.ActivityResultRecorded",
                        "{\"resultId\":\"CITES-RES-2025-0001\",\"recordedBy\":\"CITES\",\"programme\":\"2021-2025\","
                                + "\"activityCode\":\"D1\",\"year\":2025,\"text\":\"Réunion annuelle de coordination\","
                                + "\"documentRefs\":[],\"species\":[],\"joint\":true,\"actedOn\":\"2025-07-01\"}",
                        "{\"origin\":\"CITES\",\"recordedBy\":\"bob\",\"recordedAt\":\"2025-07-01T08:30:00.400Z\","
                                + "\"correlationId\":\"2f1e0d9c-8b7a-4c6d-9e5f-0a1b2c3d4e5f\"}"));
    }

    @Test
    void theDocumentsTestVectorsAreTheOnesComputed() throws IOException {
        Map<String, String> doc = vectors(Files.readString(DOC));
        Map<String, String> computed = compute(Keys.privateKey(pem(doc.get("private-key-pkcs8"))));

        computed.forEach((name, value) -> assertThat(doc.get(name)).as(name + " in " + DOC
                + "\nthe computed block is:\n" + block(computed)).isEqualTo(value));
    }

    @Test
    void theExampleChainVerifiesAndATamperedCopyFailsAtItsSequence() throws IOException {
        Map<String, String> doc = vectors(Files.readString(DOC));
        PrivateKey key = Keys.privateKey(pem(doc.get("private-key-pkcs8")));
        Map<String, String> v = compute(key);
        Checkpoint cp = new Checkpoint("CITES", 3, v.get("hash[3]"), "2025-07-01T08:30:10Z", "",
                v.get("checkpoint-signature"));

        LedgerVerifier good = new LedgerVerifier(Map.of("CITES", Keys.publicKeyOf(key)));
        good.checkpoint(cp);
        exampleChain().forEach(e -> good.event(entry(e, v.get("hash[" + e.sequence() + "]"))));
        assertThat(good.firstFailure()).isNull();

        LedgerVerifier tampered = new LedgerVerifier(Map.of("CITES", Keys.publicKeyOf(key)));
        tampered.checkpoint(cp);
        List<StoredEvent> chain = exampleChain();
        StoredEvent second = chain.get(1);
        StoredEvent altered = new StoredEvent(second.origin(), 2, second.eventId(), second.aggregateId(), 1,
                second.aggregateType(), second.timestamp(), second.payloadType(), "1",
                new String(second.payload(), StandardCharsets.UTF_8).replace("07-15", "08-15")
                        .getBytes(StandardCharsets.UTF_8), second.metadata(), null);
        tampered.event(entry(chain.get(0), null));
        tampered.event(entry(altered, null));
        tampered.event(entry(chain.get(2), null));
        assertThat(tampered.firstFailure().sequence()).as("recomputed hashes hide nothing from the checkpoint")
                .isEqualTo(3);
    }

    static Map<String, String> compute(PrivateKey key) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("private-key-pkcs8", Base64.getEncoder().encodeToString(key.getEncoded()));
        v.put("public-key-x509", Base64.getEncoder().encodeToString(Keys.publicKeyOf(key).getEncoded()));
        String hash = ChainHash.GENESIS;
        for (StoredEvent e : exampleChain()) {
            byte[] canonical = Envelope.canonical(e);
            v.put("canonical[" + e.sequence() + "]", new String(canonical, StandardCharsets.UTF_8));
            hash = ChainHash.next(hash, canonical);
            v.put("hash[" + e.sequence() + "]", hash);
        }
        byte[] statement = Checkpoint.statement("CITES", 3, hash, "2025-07-01T08:30:10Z");
        v.put("checkpoint-statement", new String(statement, StandardCharsets.UTF_8));
        v.put("checkpoint-signature", Keys.sign(key, statement));
        return v;
    }

    private static LedgerVerifier.Entry entry(StoredEvent e, String hash) {
        return new LedgerVerifier.Entry(e.origin(), e.sequence(), e.eventId(), Envelope.canonical(e), hash);
    }

    public static Map<String, String> vectors(String markdown) {
        Map<String, String> v = new LinkedHashMap<>();
        int start = markdown.indexOf("```test-vectors");
        if (start < 0) {
            return v;
        }
        int end = markdown.indexOf("```", start + 3);
        for (String line : markdown.substring(markdown.indexOf('\n', start) + 1, end).split("\n")) {
            int colon = line.indexOf(": ");
            if (colon > 0) {
                v.put(line.substring(0, colon), line.substring(colon + 2));
            }
        }
        return v;
    }

    static String block(Map<String, String> v) {
        StringBuilder b = new StringBuilder("```test-vectors\n");
        v.forEach((k, val) -> b.append(k).append(": ").append(val).append('\n'));
        return b.append("```").toString();
    }

    private static String pem(String base64) {
        return "-----BEGIN PRIVATE KEY-----\n" + base64 + "\n-----END PRIVATE KEY-----\n";
    }

    private static StoredEvent event(long seq, String id, String aggregate, long aggSeq, String type, String time,
                                     String payloadType, String payload, String metadata) {
        return new StoredEvent("CITES", seq, id, aggregate, aggSeq, type, time, payloadType, "1",
                payload.getBytes(StandardCharsets.UTF_8), metadata.getBytes(StandardCharsets.UTF_8), null);
    }
}
