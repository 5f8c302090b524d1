package org.jwp.ledger.node.audit;

import org.jwp.ledger.format.Envelope;
import org.jwp.ledger.format.ExportTally;
import org.jwp.ledger.format.VerifyExport;
import org.jwp.ledger.node.support.VerifierJar;
import org.jwp.ledger.format.ChainHash;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.node.support.RunningNode;
import org.jwp.ledger.node.support.TestKeys;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finding 2 of docs/security.md (and issue «A large export is cut off»): the offline verifier passes only an export
 * that proves something. A real node's export, altered the ways an attacker or a broken download would, each refused
 * with a message that names what is wrong.
 */
class VerifierVerdictsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static RunningNode cites;
    private static List<String> export;
    private static Path key;

    @BeforeAll
    static void aNodeWithThreeSignedEvents() throws IOException {
        cites = RunningNode.start(Secretariat.CITES, "--ledger.checkpoint.max-wait=PT1H");
        for (int i = 1; i <= 3; i++) {
            assertThat(cites.recordResult(i).status()).isEqualTo(201);
        }
        cites.signCheckpoint();
        export = cites.http("auditor").get("/api/audit/export").body().lines().toList();
        key = TestKeys.publicKeyFile(Secretariat.CITES);
    }

    @AfterAll
    static void stop() {
        cites.close();
    }

    @Test
    void theAuditPageOffersTheVerifierJarWithItsDigest() throws Exception {
        String expected = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(VerifierJar.JAR)));

        com.fasterxml.jackson.databind.JsonNode jar = cites.http("auditor").get("/api/audit/verifier/sha256").json();

        assertThat(jar.get("sha256").asText()).as("the jar packed into the node is the one just built")
                .isEqualTo(expected);
        assertThat(jar.get("bytes").asLong()).isEqualTo(Files.size(VerifierJar.JAR));
        assertThat(cites.http("auditor").get("/audit").body()).contains("download ledger-verify.jar")
                .contains(expected);
        java.net.http.HttpResponse<byte[]> download = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(cites.baseUrl() + "/api/audit/verifier"))
                        .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                                ("auditor:" + org.jwp.ledger.node.support.TestUsers.password("auditor")).getBytes(StandardCharsets.UTF_8))).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(download.body()))).isEqualTo(expected);
    }

    @Test
    void theNodesOwnExportVerifies() throws IOException {
        assertThat(verify(export)).startsWith("0").contains("CITES: 3 events").endsWith("VERIFIED\n");
        assertThat(export.get(export.size() - 1)).startsWith("{\"kind\":\"end\"");
    }

    @Test
    void eventsRewrittenWithEveryHashRecomputedAndTheCheckpointsRemovedFail() throws IOException {
        List<String> forged = rewrittenWithoutCheckpoints();

        String out = verify(retallied(forged));

        assertThat(out).startsWith("1").contains("3 after it").contains("no signature yet proves")
                .contains("VERIFICATION FAILED");
    }

    @Test
    void anExportWithoutCheckpointsFailsEvenWithAnUnsignedTailAllowed() throws IOException {
        List<String> unsigned = retallied(withoutKind(export, "checkpoint"));

        assertThat(verify(unsigned)).startsWith("1").contains("FAILED (UNSIGNED TAIL)");
        assertThat(verify(unsigned, "--allow-unsigned-tail=1000")).startsWith("1")
                .contains("no checkpoint: nothing proves any of it").contains("VERIFICATION FAILED");
        assertThat(verify(unsigned, "--allow-unsigned-tail")).as("a bare flag names no number").startsWith("2");
    }

    @Test
    void aRewrittenExportStrippedOfItsCheckpointsFailsWithAnUnsignedTailAllowed() throws IOException {
        assertThat(verify(retallied(rewrittenWithoutCheckpoints()), "--allow-unsigned-tail=3")).startsWith("1")
                .contains("no checkpoint: nothing proves any of it").contains("VERIFICATION FAILED");
    }

    @Test
    void anUnsignedTailPassesOnlyAsLongAsNamed() throws IOException {
        for (int i = 4; i <= 5; i++) { // after the checkpoint at 3 (checkpoints here are signed on demand only)
            assertThat(cites.recordResult(i).status()).isEqualTo(201);
        }
        List<String> tail = cites.http("auditor").get("/api/audit/export").body().lines().toList();

        assertThat(verify(tail)).startsWith("1").contains("2 after it");
        assertThat(verify(tail, "--allow-unsigned-tail=2")).startsWith("0").contains("OK WITH AN UNSIGNED TAIL");
        assertThat(verify(tail, "--allow-unsigned-tail=1")).startsWith("1")
                .contains("--allow-unsigned-tail=2 reports this instead of failing");
    }

    /** The export's events, each text rewritten and every hash recomputed, its checkpoints removed. */
    private static List<String> rewrittenWithoutCheckpoints() throws IOException {
        List<String> forged = new ArrayList<>();
        String previous = ChainHash.GENESIS;
        for (String line : withoutKind(export, "checkpoint")) {
            JsonNode n = JSON.readTree(line);
            if (!n.path("kind").asText().equals("event")) {
                forged.add(line);
                continue;
            }
            ObjectNode env = (ObjectNode) n.get("envelope");
            ((ObjectNode) env.get("payload")).put("text", "Nothing was exchanged");
            String hash = ChainHash.next(previous, Envelope.canonical(env));
            previous = hash;
            forged.add("{\"kind\":\"event\",\"envelope\":" + new String(Envelope.canonical(env),
                    StandardCharsets.UTF_8) + ",\"hash\":\"" + hash + "\"}");
        }
        return forged;
    }

    @Test
    void anEmptyFileFails() throws IOException {
        assertThat(verify(List.of())).startsWith("1").contains("incomplete");
        assertThat(verify(List.of("{\"kind\":\"end\",\"lines\":{\"key\":0,\"checkpoint\":0,\"event\":0},"
                + "\"heads\":{}}"))).startsWith("1").contains("holds no event");
    }

    @Test
    void anEventOfAnOriginNobodyGaveAKeyForFails() throws IOException {
        List<String> lines = new ArrayList<>(export.subList(0, export.size() - 1));
        ObjectNode env = (ObjectNode) JSON.readTree(lines.stream().filter(l -> l.contains("\"kind\":\"event\""))
                .findFirst().orElseThrow()).get("envelope");
        env.put("origin", "EVIL");
        env.put("sequence", 1);
        String hash = ChainHash.next(ChainHash.GENESIS, Envelope.canonical(env));
        lines.add("{\"kind\":\"event\",\"envelope\":" + new String(Envelope.canonical(env), StandardCharsets.UTF_8)
                + ",\"hash\":\"" + hash + "\"}");

        assertThat(verify(retallied(lines))).startsWith("1").contains("EVIL").contains("no trusted public key");
    }

    @Test
    void aLineWithAMemberGivenTwiceFails() throws IOException {
        List<String> lines = new ArrayList<>(export);
        int i = firstEventLine(lines);
        lines.set(i, lines.get(i).replaceFirst("\"payload\":", "\"payload\":{\"text\":\"forged\"},\"payload\":"));

        assertThat(verify(lines)).startsWith("1").contains("line " + (i + 1)).contains("Duplicate field");
    }

    @Test
    void dataAfterALinesObjectAndUnknownLineKindsFail() throws IOException {
        List<String> trailing = new ArrayList<>(export);
        int i = firstEventLine(trailing);
        trailing.set(i, trailing.get(i) + " {\"kind\":\"event\"}");
        assertThat(verify(trailing)).startsWith("1").contains("data after the line's JSON object");

        List<String> unknown = new ArrayList<>(export);
        unknown.add(1, "{\"kind\":\"note\",\"text\":\"trust me\"}");
        assertThat(verify(unknown)).startsWith("1").contains("unknown line kind \"note\"");
    }

    @Test
    void theLastEventDroppedWithItsCheckpointFails() throws IOException {
        List<String> lines = new ArrayList<>(withoutKind(export, "checkpoint"));
        lines.remove(lines.size() - 2); // the last event; the end line stays

        assertThat(verify(lines)).startsWith("1").contains("incomplete or altered");
        assertThat(verify(retallied(lines))).as("even with the end line made to match").startsWith("1")
                .contains("UNSIGNED TAIL");
    }

    @Test
    void anExportCutAtALineBoundaryOrInTheMiddleOfALineFailsAsIncomplete() throws IOException {
        List<String> atBoundary = export.subList(0, export.size() - 2);
        assertThat(verify(atBoundary)).startsWith("1").contains("the export is incomplete")
                .contains("without its end line");

        Path cut = Files.createTempFile("cut", ".ndjson");
        String whole = String.join("\n", export) + "\n";
        Files.writeString(cut, whole.substring(0, whole.lastIndexOf("{\"kind\":\"event\"") + 30));
        assertThat(run(cut)).startsWith("1").contains("the export is incomplete").contains("cut off");
    }

    private static int firstEventLine(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("{\"kind\":\"event\"")) {
                return i;
            }
        }
        throw new IllegalStateException("no event line");
    }

    private static List<String> withoutKind(List<String> lines, String kind) {
        return lines.stream().filter(l -> !l.startsWith("{\"kind\":\"" + kind + "\"")).toList();
    }

    /** The lines with an end line recomputed to match them, as a forger who knows the format would write it. */
    private static List<String> retallied(List<String> lines) throws IOException {
        ExportTally tally = new ExportTally();
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            JsonNode n = JSON.readTree(line);
            String kind = n.path("kind").asText();
            if (kind.equals("end")) {
                continue;
            }
            if (kind.equals("event")) {
                tally.event(n.at("/envelope/origin").asText(), n.at("/envelope/sequence").asLong(),
                        n.get("hash").asText());
            } else {
                tally.line(kind);
            }
            out.add(line);
        }
        out.add(JSON.writeValueAsString(tally.endLine()));
        return out;
    }

    private static String verify(List<String> lines, String... options) throws IOException {
        Path file = Files.createTempFile("export", ".ndjson");
        Files.writeString(file, lines.isEmpty() ? "" : String.join("\n", lines) + "\n");
        return run(file, options);
    }

    /** Runs the CLI's entry point, and ledger-verify.jar alike; answers "<exit code> <printed text>". */
    private static String run(Path file, String... options) throws IOException {
        List<String> args = new ArrayList<>(List.of(file.toString(), "--key", "CITES=" + key));
        args.addAll(List.of(options));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = VerifyExport.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8));
        String inProcess = code + " " + out.toString(StandardCharsets.UTF_8);
        assertThat(VerifierJar.run("verify", args.toArray(String[]::new)))
                .as("ledger-verify.jar gives the same verdict, in the same words").isEqualTo(inProcess);
        return inProcess;
    }
}
