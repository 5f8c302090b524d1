package org.jwp.ledger.node.signoff;

import org.jwp.ledger.format.VerifyReport;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.jwp.ledger.node.support.Http;
import org.jwp.ledger.node.support.NodePair;
import org.jwp.ledger.node.support.RunningNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Joint sign-off across both nodes: CITES approves the 2025 report's digest, CMS approves the same digest, and both
 * nodes serve the same issued bytes with both approvals attested; a later correction leaves the draft "changed
 * since issue", and a second round issues version 2 while version 1 stays served.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SignOffIT {

    private static final String STATUS = "/api/reports/annual/2025/status";
    private static final String APPROVALS = "/api/reports/annual/2025/approvals";
    private static NodePair pair;
    private static String result;

    @BeforeAll
    static void aResultOf2025OnBothNodes() {
        pair = NodePair.start("--spring.profiles.active=demo");
        Http.Response recorded = pair.cites().http("recorder").post("/api/results", "{\"programme\":\"2021-2025\","
                + "\"activityCodes\":[\"D1\"],\"year\":2025,\"text\":\"Annual coordination meeting held.\","
                + "\"joint\":true,\"actedOn\":\"2025-10-15\"}");
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        result = recorded.json().get("id").asText();
        pair.awaitConverged();
    }

    @AfterAll
    static void stop() {
        pair.close();
    }

    @Test
    @Order(1)
    void bothApprovingTheSameDigestIssuesTheReportWithBothApprovalsAttested() {
        JsonNode draft = status(pair.cites());
        String digest = draft.get("contentDigest").asText();
        assertThat(draft.get("state").asText()).isEqualTo("DRAFT");
        assertThat(status(pair.cms()).get("contentDigest").asText()).isEqualTo(digest);

        assertThat(approve(pair.cites(), digest).status()).isEqualTo(201);
        assertThat(approve(pair.cites(), digest).status()).as("approved twice by CITES").isEqualTo(409);
        assertThat(pair.cites().http("recorder").post(APPROVALS, body(digest)).status()).as("a recorder")
                .isEqualTo(403);
        Http.Response stale = approve(pair.cms(), "0".repeat(64));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("currentDigest").asText()).isEqualTo(digest);
        pair.awaitConverged();
        assertThat(status(pair.cms()).get("state").asText()).isEqualTo("APPROVED_BY_ONE");

        assertThat(approve(pair.cms(), digest).status()).isEqualTo(201);
        pair.awaitConverged();
        pair.awaitVerified();

        for (RunningNode node : List.of(pair.cites(), pair.cms())) {
            JsonNode status = status(node);
            assertThat(status.get("state").asText()).isEqualTo("ISSUED");
            assertThat(status.get("issued")).hasSize(1);
            assertThat(status.get("issued").get(0).get("contentDigest").asText()).isEqualTo(digest);
        }
        String cites = pair.cites().http("auditor").get("/api/reports/annual/2025/issued?format=md").body();
        String cms = pair.cms().http("auditor").get("/api/reports/annual/2025/issued?format=md").body();
        assertThat(cms).isEqualTo(cites);
        assertThat(cites).contains("Attestation", "CITES: approved by approver", "CMS: approved by approver",
                "covered by CITES's checkpoint", "covered by CMS's checkpoint", digest,
                "Annual coordination meeting held.");
        assertThat(pair.cms().http("auditor").get("/api/reports/annual/2025/issued?format=docx").body())
                .isEqualTo(pair.cites().http("auditor").get("/api/reports/annual/2025/issued?format=docx").body());
    }

    @Test
    @Order(2)
    void aLaterCorrectionLeavesTheDraftChangedSinceIssueAndASecondRoundIssuesVersion2() {
        assertThat(pair.cites().http("recorder").post("/api/results/" + result + "/correction",
                "{\"text\":\"Annual coordination meeting held in Bonn.\",\"reason\":\"Place added.\"}").status())
                .isEqualTo(200);
        pair.awaitConverged();
        JsonNode changed = status(pair.cms());
        assertThat(changed.get("state").asText()).isEqualTo("CHANGED_SINCE_ISSUE");
        assertThat(changed.get("changesSinceIssue")).singleElement().satisfies(c -> {
            assertThat(c.get("row").asText()).isEqualTo("D: D1");
            assertThat(c.get("removed").get(0).asText()).isEqualTo("Annual coordination meeting held.");
            assertThat(c.get("added").get(0).asText()).isEqualTo("Annual coordination meeting held in Bonn.");
        });
        String digest = changed.get("contentDigest").asText();

        assertThat(approve(pair.cms(), digest).status()).isEqualTo(201);
        pair.awaitConverged();
        assertThat(approve(pair.cites(), digest).status()).isEqualTo(201);
        pair.awaitConverged();

        JsonNode issued = status(pair.cites());
        assertThat(issued.get("state").asText()).isEqualTo("ISSUED");
        assertThat(issued.get("issued")).hasSize(2);
        assertThat(pair.cms().http("auditor").get("/api/reports/annual/2025/issued?format=md").body())
                .contains("Annual coordination meeting held in Bonn.");
        assertThat(pair.cms().http("auditor").get("/api/reports/annual/2025/issued?version=1&format=md").body())
                .contains("Annual coordination meeting held.").doesNotContain("held in Bonn");
        assertThat(pair.cms().http("auditor").get("/api/reports/annual/2025/issued?version=3").status())
                .isEqualTo(400);
    }

    @Test
    @Order(3)
    void anIssuedReportVerifiesOfflineAndOneChangedByteAnywhereIsRefused() throws Exception {
        pair.awaitVerified();
        Path dir = Files.createTempDirectory("verify-report");
        Path report = dir.resolve("issued.json");
        Files.writeString(report, pair.cms().http("auditor").get("/api/reports/annual/2025/issued?format=json")
                .body());
        Path export = dir.resolve("export.ndjson");
        Files.writeString(export, pair.cites().http("auditor").get("/api/audit/export").body());
        List<String> keys = new java.util.ArrayList<>();
        for (org.jwp.ledger.events.Secretariat s : org.jwp.ledger.events.Secretariat.values()) {
            Path pem = dir.resolve(s.name().toLowerCase() + ".pub.pem");
            Files.writeString(pem, org.jwp.ledger.node.support.TestKeys.publicKeyPem(s));
            keys.addAll(List.of("--key", s.name() + "=" + pem));
        }

        assertThat(verify(report, export, keys)).startsWith("0").contains("REPORT VERIFIED");

        String json = Files.readString(report);
        Path changedReport = dir.resolve("changed.json");
        Files.writeString(changedReport, json.replace("held in Bonn", "held in Bonm"));
        assertThat(verify(changedReport, export, keys)).startsWith("1").contains("digest");

        String lines = Files.readString(export);
        String digest = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).get("contentSha256").asText();
        Path changedApproval = dir.resolve("approval.ndjson");
        Files.writeString(changedApproval, lines.replaceFirst(digest, digest.substring(0, 63)
                + (digest.endsWith("0") ? "1" : "0")));
        assertThat(verify(report, changedApproval, keys)).startsWith("1");

        String signature = lines.lines().filter(l -> l.startsWith("{\"kind\":\"checkpoint\""))
                .map(l -> l.replaceAll(".*\"signature\":\"([^\"]+)\".*", "$1")).findFirst().orElseThrow();
        Path changedCheckpoint = dir.resolve("checkpoint.ndjson");
        Files.writeString(changedCheckpoint, lines.replace(signature, (signature.startsWith("A") ? "B" : "A")
                + signature.substring(1)));
        assertThat(verify(report, changedCheckpoint, keys)).startsWith("1");
    }

    @Test
    @Order(4)
    void twoApprovalsOfOneContentByOneSecretariatAtOnceRecordOne() throws Exception {
        assertThat(pair.cites().http("recorder").post("/api/results/" + result + "/correction",
                "{\"text\":\"Annual coordination meeting held in Bonn, in October.\",\"reason\":\"Month.\"}")
                .status()).isEqualTo(200);
        pair.cites().awaitProjected();
        String digest = status(pair.cites()).get("contentDigest").asText();
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 2; i++) {
                answers.add(two.submit(() -> {
                    go.await();
                    return approve(pair.cites(), digest).status();
                }));
            }
            go.countDown();
            List<Integer> statuses = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<Integer> a : answers) {
                statuses.add(a.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(statuses).containsExactlyInAnyOrder(201, 409);
        } finally {
            two.shutdownNow();
        }
        JsonNode now = status(pair.cites());
        assertThat(now.get("contentDigest").asText()).isEqualTo(digest);
        assertThat(now.get("approvalsOfDraft")).as("one approval by CITES of this content").singleElement()
                .satisfies(a -> assertThat(a.get("secretariat").asText()).isEqualTo("CITES"));
    }

    private static String verify(Path report, Path export, List<String> keys) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of(report.toString(), export.toString()));
        args.addAll(keys);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int code = VerifyReport.run(args.toArray(String[]::new), new java.io.PrintStream(out, true,
                java.nio.charset.StandardCharsets.UTF_8));
        String inProcess = code + " " + out.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(org.jwp.ledger.node.support.VerifierJar.run("verify-report", args.toArray(String[]::new)))
                .as("ledger-verify.jar verify-report, on the two nodes' issued report").isEqualTo(inProcess);
        return inProcess;
    }

    private static JsonNode status(RunningNode node) {
        return node.http("auditor").get(STATUS).json();
    }

    private static Http.Response approve(RunningNode node, String digest) {
        return node.http("approver").post(APPROVALS, body(digest));
    }

    private static String body(String digest) {
        return "{\"contentDigest\":\"" + digest + "\"}";
    }
}
