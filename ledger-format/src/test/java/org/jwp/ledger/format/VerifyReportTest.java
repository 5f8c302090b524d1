package org.jwp.ledger.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jwp.ledger.events.EventContracts;
import org.jwp.ledger.events.EventJson;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.events.signoff.ReportApproved;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./ledger verify-report} offline, on exports made here by the documented format (docs/ledger-format.md §6):
 * an export that verifies, whose chains and checkpoints are whole and signed by the right keys, can still carry an
 * approval its origin was not entitled to, and an issued report file can still lie about its approvals.
 */
class VerifyReportTest {

    private static final ObjectMapper JSON = EventJson.mapper();
    private static final String TIME = "2026-01-20T10:00:00Z";
    private final KeyPair cites = Keys.generate();
    private final KeyPair cms = Keys.generate();

    @TempDir
    Path dir;
    private Path citesKey;
    private Path cmsKey;

    @BeforeEach
    void keys() throws Exception {
        citesKey = Files.writeString(dir.resolve("cites.pub.pem"), Keys.pem(cites.getPublic()));
        cmsKey = Files.writeString(dir.resolve("cms.pub.pem"), Keys.pem(cms.getPublic()));
    }

    @Test
    void aReportApprovedByEachSecretariatInItsOwnChainVerifies() throws Exception {
        Fixture f = new Fixture();
        f.approve(Secretariat.CITES, "CITES-APPR-2026-0001", Secretariat.CITES);
        f.approve(Secretariat.CMS, "CMS-APPR-2026-0001", Secretariat.CMS);

        assertThat(f.verify(f.report())).startsWith("0").contains("REPORT VERIFIED");
    }

    @Test
    void anApprovalInOneChainClaimingTheOtherSecretariatIsRefused() throws Exception {
        Fixture f = new Fixture();
        f.approve(Secretariat.CITES, "CITES-APPR-2026-0001", Secretariat.CITES);
        f.approve(Secretariat.CITES, "CITES-APPR-2026-0002", Secretariat.CMS);

        assertThat(f.verify(f.report())).startsWith("1")
                .contains("was not CITES's to emit: its secretariat is CMS but CITES emitted it");
    }

    @Test
    void anAttestationWhoseFieldsDifferFromItsApprovalIsRefused() throws Exception {
        Fixture f = new Fixture();
        f.approve(Secretariat.CITES, "CITES-APPR-2026-0001", Secretariat.CITES);
        f.approve(Secretariat.CMS, "CMS-APPR-2026-0001", Secretariat.CMS);
        ObjectNode report = f.report();

        assertThat(f.verify(attested(report, "secretariat", "CMS"))).startsWith("1").contains("secretariat");
        assertThat(f.verify(attested(report, "approvedBy", "someone else"))).startsWith("1").contains("approvedBy");
        assertThat(f.verify(attested(report, "approvedAt", "2020-01-01T00:00:00Z"))).startsWith("1")
                .contains("approvedAt");
        ObjectNode zero = report.deepCopy();
        ((ObjectNode) zero.get("attestation").get(0)).put("checkpointSequence", 0);
        assertThat(f.verify(zero)).startsWith("1").contains("does not cover its approval");
    }

    @Test
    void aReportFileReadableMoreThanOneWayIsRefused() throws Exception {
        Fixture f = new Fixture();
        f.approve(Secretariat.CITES, "CITES-APPR-2026-0001", Secretariat.CITES);
        f.approve(Secretariat.CMS, "CMS-APPR-2026-0001", Secretariat.CMS);
        String json = JSON.writeValueAsString(f.report());
        assertThat(f.verify(json)).startsWith("0");

        assertThat(f.verify("{\"title\":\"FORGED\"," + json.substring(1))).startsWith("1").contains("title");
        String digest = JSON.readTree(json).get("contentSha256").asText();
        assertThat(f.verify("{\"contentSha256\":\"" + "0".repeat(64) + "\"," + json.substring(1)))
                .startsWith("1").contains("contentSha256");
        assertThat(f.verify(json + "{\"title\":\"second\"}")).startsWith("1").contains("exactly one JSON object");
        assertThat(f.verify("\uFEFF" + json)).startsWith("1").contains("byte-order mark");
        assertThat(digest).hasSize(64);
    }

    private static ObjectNode attested(ObjectNode report, String field, String value) {
        ObjectNode copy = report.deepCopy();
        ((ObjectNode) copy.get("attestation").get(0)).put(field, value);
        return copy;
    }

    /** Two chains, each approval covered by a checkpoint its origin's key signed, and the report they approve. */
    private final class Fixture {
        private final List<StoredEvent> events = new ArrayList<>();
        private final List<Checkpoint> checkpoints = new ArrayList<>();
        private final ObjectNode content = JSON.createObjectNode();

        Fixture() {
            content.put("title", "Implementation of the CMS-CITES Joint Work Programme 2021-2025 in 2025")
                    .put("programme", "2021-2025").put("periodFrom", "2025-01-01").put("periodTo", "2025-12-31");
            content.putArray("heads");
            content.put("contentSha256", ReportDigest.ofJson(content.toString().getBytes(StandardCharsets.UTF_8)));
        }

        void approve(Secretariat origin, String stream, Secretariat claimed) throws Exception {
            long sequence = events.stream().filter(e -> e.origin().equals(origin.name())).count() + 1;
            String previous = events.stream().filter(e -> e.origin().equals(origin.name()))
                    .reduce((a, b) -> b).map(StoredEvent::hash).orElse(ChainHash.GENESIS);
            ReportApproved approved = new ReportApproved(stream, claimed, "annual/2025",
                    content.get("contentSha256").asText(), List.of(), LocalDate.parse("2026-01-20"));
            StoredEvent e = new StoredEvent(origin.name(), sequence, stream + "-event", stream, 0, "ReportApproval",
                    TIME, EventContracts.typeName(ReportApproved.class), "1", JSON.writeValueAsBytes(approved),
                    ("{\"origin\":\"" + origin + "\",\"recordedBy\":\"approver\"}").getBytes(StandardCharsets.UTF_8),
                    null);
            String hash = ChainHash.next(previous, Envelope.canonical(e));
            events.add(new StoredEvent(e.origin(), sequence, e.eventId(), stream, 0, e.aggregateType(), TIME,
                    e.payloadType(), "1", e.payload(), e.metadata(), hash));
            KeyPair pair = origin == Secretariat.CITES ? cites : cms;
            checkpoints.removeIf(c -> c.origin().equals(origin.name()));
            checkpoints.add(new Checkpoint(origin.name(), sequence, hash, TIME, Keys.fingerprint(pair.getPublic()),
                    Keys.sign(pair.getPrivate(), Checkpoint.statement(origin.name(), sequence, hash, TIME))));
        }

        /** The issued report: its content and one attestation entry per approval. */
        ObjectNode report() {
            ObjectNode report = content.deepCopy();
            ArrayNode attestation = report.putArray("attestation");
            for (StoredEvent e : events) {
                Checkpoint c = checkpoints.stream().filter(k -> k.origin().equals(e.origin())).findFirst()
                        .orElseThrow();
                attestation.addObject().put("secretariat", e.origin()).put("approvedBy", "approver")
                        .put("approvedAt", TIME).put("eventId", e.eventId()).put("origin", e.origin())
                        .put("sequence", e.sequence()).put("chainHash", e.hash())
                        .put("checkpointSequence", c.sequence()).put("checkpointHash", c.hash())
                        .put("checkpointTime", c.time()).put("checkpointKey", c.keyFingerprint())
                        .put("checkpointSignature", c.signature());
            }
            return report;
        }

        String verify(JsonNode report) throws Exception {
            return verify(JSON.writeValueAsString(report));
        }

        String verify(String reportText) throws Exception {
            Path report = Files.writeString(dir.resolve("issued.json"), reportText, StandardCharsets.UTF_8);
            Path export = Files.writeString(dir.resolve("export.ndjson"), export(), StandardCharsets.UTF_8);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int code = VerifyReport.run(new String[]{report.toString(), export.toString(), "--key",
                    "CITES=" + citesKey, "--key", "CMS=" + cmsKey}, new PrintStream(out, true, StandardCharsets.UTF_8));
            return code + " " + out.toString(StandardCharsets.UTF_8);
        }

        /** The export's lines (docs/ledger-format.md §6): checkpoints, events origin by origin, the end line. */
        private String export() throws Exception {
            StringBuilder lines = new StringBuilder();
            for (Checkpoint c : checkpoints) {
                lines.append("{\"kind\":\"checkpoint\",").append(JSON.writeValueAsString(c).substring(1)).append('\n');
            }
            ObjectNode heads = JSON.createObjectNode();
            List<StoredEvent> ordered = new ArrayList<>(events);
            ordered.sort(java.util.Comparator.comparing(StoredEvent::origin).thenComparing(StoredEvent::sequence));
            for (StoredEvent e : ordered) {
                lines.append("{\"kind\":\"event\",\"envelope\":")
                        .append(new String(Envelope.canonical(e), StandardCharsets.UTF_8))
                        .append(",\"hash\":\"").append(e.hash()).append("\"}\n");
                heads.putObject(e.origin()).put("sequence", e.sequence()).put("hash", e.hash());
            }
            ObjectNode end = JSON.createObjectNode().put("kind", "end");
            end.putObject("lines").put("key", 0).put("checkpoint", checkpoints.size()).put("event", events.size());
            end.set("heads", heads);
            return lines.append(JSON.writeValueAsString(end)).append('\n').toString();
        }
    }
}
