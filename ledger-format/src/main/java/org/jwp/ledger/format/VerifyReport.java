package org.jwp.ledger.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jwp.ledger.events.EventContracts;
import org.jwp.ledger.events.signoff.ReportApproved;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The offline check of an issued report: {@code ./ledger verify-report issued.json export.ndjson --key CITES=…
 * --key CMS=…}. Needs neither node and trusts only the keys given. It passes when the export verifies; the report's
 * content has the digest its attestation names; both secretariats' approvals of that digest, for that report, stand
 * in the export where the attestation says; and each is covered by a checkpoint its secretariat's key signed.
 */
public final class VerifyReport {

    /** An issued report is approved by both secretariats, as the node's sign-off status requires. */
    private static final java.util.Set<String> BOTH = java.util.Set.of("CITES", "CMS");

    private static final String APPROVED = EventContracts.typeName(ReportApproved.class);

    private VerifyReport() {
    }

    public static void main(String[] args) throws IOException {
        System.exit(run(args, System.out));
    }

    public static int run(String[] args, PrintStream out) throws IOException {
        if (args.length < 4) {
            return usage(out);
        }
        Path report = Path.of(args[0]);
        Path export = Path.of(args[1]);
        Map<String, PublicKey> keys = new LinkedHashMap<>();
        for (int i = 2; i < args.length; i++) {
            String[] kv = args[i].equals("--key") && i + 1 < args.length ? args[++i].split("=", 2) : new String[0];
            if (kv.length != 2) {
                return usage(out);
            }
            keys.put(kv[0], Keys.publicKey(Files.readString(Path.of(kv[1]))));
        }
        try {
            String problem = problem(report, export, keys, out);
            out.println(problem == null ? "REPORT VERIFIED" : "REPORT VERIFICATION FAILED: " + problem);
            return problem == null ? 0 : 1;
        } catch (IOException | RuntimeException e) {
            out.println("REPORT VERIFICATION FAILED: " + e.getMessage());
            return 1;
        }
    }

    private static String problem(Path reportFile, Path export, Map<String, PublicKey> keys, PrintStream out)
            throws IOException {
        byte[] bytes = Files.readAllBytes(reportFile);
        JsonNode report = StrictJson.object(bytes, "the report");
        String digest = report.path("contentSha256").asText();
        String computed = ReportDigest.ofJson(bytes);
        if (!computed.equals(digest)) {
            return "the report's content has digest " + computed + ", not the " + digest + " it states";
        }
        JsonNode attestation = report.path("attestation");
        if (!attestation.isArray() || attestation.isEmpty()) {
            return "the report carries no attestation: it is a draft, not an issued version";
        }
        Map<String, LedgerVerifier.OriginReport> chains = new HashMap<>();
        for (LedgerVerifier.OriginReport r : VerifyExport.verify(export, keys)) {
            if (r.failed()) {
                return "the export fails verification: " + r.origin() + " " + r.firstFailure().reason();
            }
            chains.put(r.origin(), r);
        }
        Map<String, JsonNode> approvals = new HashMap<>();
        Map<String, JsonNode> checkpoints = new HashMap<>();
        read(export, approvals, checkpoints);
        boolean headsApproved = false;
        String key = key(report);
        Set<String> approvedBy = new HashSet<>();
        for (JsonNode a : attestation) {
            JsonNode envelope = approvals.get(a.path("eventId").asText());
            if (envelope == null) {
                return "the approval " + a.path("eventId").asText() + " is not in the export";
            }
            JsonNode payload = envelope.path("payload");
            headsApproved |= payload.path("heads").equals(report.path("heads"));
            if (!envelope.path("hash").asText().equals(a.path("chainHash").asText())) {
                return "the approval " + a.path("eventId").asText() + " has chain hash " + envelope.path("hash")
                        .asText() + " in the export, not " + a.path("chainHash").asText();
            }
            JsonNode checkpoint = checkpoints.get(envelope.path("origin").asText() + "#" + a.path(
                    "checkpointSequence").asLong());
            if (a.path("checkpointSequence").asLong() < envelope.path("sequence").asLong()) {
                return "the attestation of " + a.path("eventId").asText() + " names checkpoint "
                        + a.path("checkpointSequence").asLong() + ", which does not cover its approval at sequence "
                        + envelope.path("sequence").asLong() + " (an issued report names the checkpoint signed "
                        + "over each approval: download it again once both nodes have signed one)";
            }
            if ((checkpoint == null
                    || !checkpoint.path("hash").asText().equals(a.path("checkpointHash").asText())
                    || !checkpoint.path("time").asText().equals(a.path("checkpointTime").asText())
                    || !checkpoint.path("signature").asText().equals(a.path("checkpointSignature").asText()))) {
                return "the checkpoint the report names for " + a.path("eventId").asText() + " is not in the export";
            }
            if (!envelope.path("origin").asText().equals(a.path("origin").asText())
                    || envelope.path("sequence").asLong() != a.path("sequence").asLong()) {
                return "the approval " + a.path("eventId").asText() + " stands elsewhere in the export";
            }
            if (!payload.path("contentDigest").asText().equals(digest) || !payload.path("report").asText()
                    .equals(key)) {
                return "the approval " + a.path("eventId").asText() + " approved " + payload.path("report")
                        .asText() + " with digest " + payload.path("contentDigest").asText() + ", not this report";
            }
            String notTheApproval = AttestedApproval.mismatch(a, envelope);
            if (notTheApproval != null) {
                return "the approval " + a.path("eventId").asText() + " " + notTheApproval;
            }
            LedgerVerifier.OriginReport chain = chains.get(envelope.path("origin").asText());
            if (chain == null || chain.lastCheckpoint() == null
                    || chain.lastCheckpoint().sequence() < envelope.path("sequence").asLong()) {
                return "no checkpoint signed by " + envelope.path("origin").asText() + "'s key covers its approval";
            }
            // Who approved is the origin whose chain holds the approval (AttestedApproval checked that the
            // payload and the attestation say the same), never a payload's or a report's own word.
            approvedBy.add(envelope.path("origin").asText());
            out.printf("%s approved %s (event %s, %s sequence %d): covered by its signed checkpoint %d%n",
                    envelope.path("origin").asText(), key, a.path("eventId").asText(), envelope.path("origin")
                            .asText(), envelope.path("sequence").asLong(), chain.lastCheckpoint().sequence());
        }
        if (!headsApproved) {
            return "the heads the report states are not those an approval recorded";
        }
        if (!approvedBy.equals(BOTH)) {
            return "approved by " + approvedBy + ", not by both secretariats";
        }
        return null;
    }

    /** The report's key as approvals name it: annual/<year> for one calendar year, else programme/<id>. */
    private static String key(JsonNode report) {
        String from = report.path("periodFrom").asText();
        String to = report.path("periodTo").asText();
        return from.substring(0, 4).equals(to.substring(0, 4)) ? "annual/" + from.substring(0, 4)
                : "programme/" + report.path("programme").asText();
    }

    /** The approval events of the export (their envelope, with the line's hash) and its checkpoints. */
    private static void read(Path export, Map<String, JsonNode> approvals, Map<String, JsonNode> checkpoints)
            throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader lines = Files.newBufferedReader(export, StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("{\"kind\":\"checkpoint\"")) {
                    JsonNode c = json.readTree(line);
                    checkpoints.put(c.path("origin").asText() + "#" + c.path("sequence").asLong(), c);
                } else if (line.contains(APPROVED)) {
                    JsonNode event = json.readTree(line);
                    JsonNode envelope = event.path("envelope");
                    if (APPROVED.equals(envelope.path("type").asText())) {
                        approvals.put(envelope.path("eventId").asText(), ((com.fasterxml.jackson.databind.node
                                .ObjectNode) envelope.deepCopy()).put("hash", event.path("hash").asText()));
                    }
                }
            }
        }
    }

    private static int usage(PrintStream out) {
        out.println("usage: ledger verify-report <issued-report.json> <export.ndjson> --key CITES=cites.pub.pem "
                + "--key CMS=cms.pub.pem");
        return 2;
    }
}
