package org.jwp.ledger.node.audit;

import org.jwp.ledger.format.VerifyExport;
import org.jwp.ledger.format.Keys;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.node.support.NodePair;
import org.jwp.ledger.node.support.VerifierJar;
import org.jwp.ledger.node.support.RunningNode;
import org.jwp.ledger.node.support.TestKeys;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Both nodes verify the same history, and either's export verifies offline with only the two public keys. */
class AuditAcrossNodesIT {

    private static NodePair pair;
    private static Path keys;

    @BeforeAll
    static void start() throws IOException {
        pair = NodePair.start();
        for (int i = 1; i <= 5; i++) {
            pair.cites().recordResult(i);
            pair.cms().recordResult(i);
        }
        pair.awaitConverged();
        pair.cites().http("auditor").post("/api/audit/checkpoints", null);
        pair.cms().http("auditor").post("/api/audit/checkpoints", null);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (RunningNode node : List.of(pair.cites(), pair.cms())) {
                assertThat(node.jdbc().queryForObject("select count(distinct origin) from ledger_checkpoint",
                        Integer.class)).isEqualTo(2);
            }
        });
        keys = Files.createTempDirectory("keys");
        for (Secretariat s : Secretariat.values()) {
            Files.writeString(keys.resolve(s.name().toLowerCase() + ".pub.pem"), TestKeys.publicKeyPem(s));
        }
    }

    @AfterAll
    static void stop() {
        pair.close();
    }

    @Test
    void bothNodesVerificationReportsAgreeOnEveryOriginsHead() {
        pair.awaitConverged();
        List<JsonNode> reports = pair.awaitVerified();
        JsonNode onCites = reports.get(0);
        JsonNode onCms = reports.get(1);

        assertThat(onCites.get("ok").asBoolean()).isTrue();
        assertThat(onCms.get("ok").asBoolean()).isTrue();
        for (int i = 0; i < 2; i++) {
            JsonNode a = onCites.get("origins").get(i);
            JsonNode b = onCms.get("origins").get(i);
            assertThat(a.get("origin").asText()).isEqualTo(b.get("origin").asText());
            assertThat(a.get("headSequence").asLong()).isEqualTo(b.get("headSequence").asLong())
                    .isGreaterThanOrEqualTo(5);
            assertThat(a.get("headHash").asText()).isEqualTo(b.get("headHash").asText()).hasSize(64);
            assertThat(a.get("lastCheckpoint").get("verified").asBoolean()).isTrue();
        }
    }

    @Test
    void eitherNodesExportVerifiesOfflineWithOnlyTheTwoPublicKeys() throws IOException {
        pair.awaitVerified();
        for (RunningNode node : List.of(pair.cites(), pair.cms())) {
            Path export = download(node);
            assertThat(verifyOffline(export, "CITES=cites", "CMS=cms")).startsWith("0").contains("VERIFIED");
        }
    }

    @Test
    void anAlteredExportFailsOfflineWithTheFirstFailure() throws IOException {
        Path export = download(pair.cites());
        String text = Files.readString(export);
        Files.writeString(export, text.replaceFirst("Information exchange 3", "Information exchange 9"));

        String out = verifyOffline(export, "CITES=cites", "CMS=cms");

        assertThat(out).startsWith("1").contains("first failure").contains("sequence 3").contains("FAILED");
    }

    @Test
    void theOfflineVerifierTrustsOnlyTheKeysItIsGiven() throws IOException {
        String out = verifyOffline(download(pair.cms()), "CITES=cms", "CMS=cms");

        assertThat(out).startsWith("1").contains("CITES").contains("signature");
    }

    @Test
    void checkpointsAreSignedAtMostAHundredEventsApart() {
        long start = pair.cms().bean(org.jwp.ledger.node.ledger.LedgerStore.class).heads().get("CMS");
        for (int i = 0; i < 230; i++) {
            pair.cms().recordResult(100 + i);
        }
        long head = pair.cms().bean(org.jwp.ledger.node.ledger.LedgerStore.class).heads().get("CMS");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<Long> signed = pair.cms().jdbc().queryForList("select sequence from ledger_checkpoint "
                    + "where origin = 'CMS' order by sequence", Long.class);
            assertThat(signed).contains(head);
            for (int i = 1; i < signed.size(); i++) {
                assertThat(signed.get(i) - signed.get(i - 1)).isLessThanOrEqualTo(100);
            }
        });
        assertThat(head - start).isEqualTo(230);
    }

    @Test
    void identityShowsThePublicKeyPeersPin() {
        JsonNode id = pair.cites().http("auditor").get("/api/identity").json();
        assertThat(id.get("secretariat").asText()).isEqualTo("CITES");
        assertThat(Keys.publicKey(id.get("publicKey").asText())).isEqualTo(TestKeys.pair(Secretariat.CITES).getPublic());
        assertThat(id.get("fingerprint").asText()).isEqualTo(Keys.fingerprint(TestKeys.pair(Secretariat.CITES)
                .getPublic()));
        assertThat(id.get("peers").get(0).get("fingerprint").asText()).isEqualTo(Keys.fingerprint(
                TestKeys.pair(Secretariat.CMS).getPublic()));
    }

    private static Path download(RunningNode node) throws IOException {
        Path file = Files.createTempFile("export", ".ndjson");
        Files.writeString(file, node.http("auditor").get("/api/audit/export").body());
        return file;
    }

    /** Runs the CLI's entry point; answers "<exit code> <printed text>". */
    private static String verifyOffline(Path export, String... keySpecs) throws IOException {
        String[] args = new String[1 + 2 * keySpecs.length];
        args[0] = export.toString();
        for (int i = 0; i < keySpecs.length; i++) {
            String[] kv = keySpecs[i].split("=");
            args[1 + 2 * i] = "--key";
            args[2 + 2 * i] = kv[0] + "=" + keys.resolve(kv[1] + ".pub.pem");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = VerifyExport.run(args, new PrintStream(out, true, StandardCharsets.UTF_8));
        String inProcess = code + " " + out.toString(StandardCharsets.UTF_8);
        assertThat(VerifierJar.run("verify", args)).as("ledger-verify.jar on the two nodes' export")
                .isEqualTo(inProcess);
        return inProcess;
    }
}
