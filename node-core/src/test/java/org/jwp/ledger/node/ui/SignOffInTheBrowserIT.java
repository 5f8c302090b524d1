package org.jwp.ledger.node.ui;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.jwp.ledger.node.support.Http;
import org.jwp.ledger.node.support.NodePair;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The annual sign-off in a real browser (issue 32): CITES's approver approves the 2025 report; CMS's approver finds
 * it awaiting on the dashboard and approves from there; afterwards the reports page offers the issued version in
 * every format, PDF included, and no approve link.
 */
class SignOffInTheBrowserIT {

    private static NodePair pair;
    private static Browser atCites;
    private static Browser atCms;

    @BeforeAll
    static void start() {
        pair = NodePair.start("--spring.profiles.active=demo");
        Http.Response r = pair.cites().http("recorder").post("/api/results", "{\"programme\":\"2021-2025\","
                + "\"activityCodes\":[\"D1\"],\"year\":2025,\"text\":\"Joint coordination meeting held.\","
                + "\"joint\":true}");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        pair.awaitConverged();
        atCites = new Browser(pair.cites().baseUrl());
        atCms = new Browser(pair.cms().baseUrl());
    }

    @AfterAll
    static void stop() {
        Browser.closeAll(pair, atCites, atCms);
    }

    @Test
    void theSecondApproverApprovesFromTheDashboardAndTheIssuedVersionIsOfferedInEveryFormat() throws Exception {
        atCites.signIn("approver", "approver").open("/reports");
        atCites.click(By.id("approve-2025"));
        atCites.click(By.id("approve"));
        assertThat(atCites.page()).contains("Approved annual/2025");
        assertThat(atCites.has(By.id("approve-2025"))).as("CITES approved: no second approval offered").isFalse();
        pair.awaitConverged();

        atCms.signIn("approver", "approver").open("/");
        atCms.reloadUntil(() -> atCms.has(By.id("awaits-annual-2025")));
        assertThat(atCms.text(By.id("awaits-annual-2025"))).contains("The 2025 report awaits your approval.",
                "CITES (approver) approved its content");
        atCms.screenshot("signoff-01-dashboard-awaiting-approval");
        atCms.click(By.id("approve-from-dashboard-annual-2025"));
        atCms.click(By.id("approve"));
        assertThat(atCms.page()).contains("Approved annual/2025");
        pair.awaitConverged();

        for (Browser b : new Browser[]{atCms, atCites}) {
            b.open("/reports");
            b.reloadUntil(() -> b.text(By.id("signoff-2025")).startsWith("Issued"));
            assertThat(b.has(By.id("approve-2025"))).as("nothing to approve once issued").isFalse();
            String issued = b.text(By.id("issued-annual-2025-v1"));
            assertThat(issued).contains("Issued version 1", "HTML", "Word", "PDF", "Markdown", "JSON");
        }
        atCms.screenshot("signoff-02-reports-issued");
        atCms.open("/reports/approval?report=annual/2025");
        assertThat(atCms.has(By.id("approve"))).isFalse();
        assertThat(atCms.text(By.id("not-approvable"))).contains("issued as it stands");
        atCms.open("/");
        assertThat(atCms.text(By.id("issued-annual-2025"))).contains("The 2025 report: Issued (version 1");

        byte[] pdf = download(pair.cms().baseUrl() + "/api/reports/annual/2025/issued?version=1&format=pdf");
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        java.util.List<String> pages = pages(pdf);
        assertThat(pages.get(0).replaceAll("\\s+", " "))
                .contains("IMPLEMENTATION OF THE CMS-CITES JOINT WORK PROGRAMME 2021-2025 IN 2025")
                .doesNotContain("DRAFT");
        String all = String.join(" ", pages).replaceAll("\\s+", " ");
        assertThat(all).contains("Approved by the CITES Secretariat on", "and by the CMS Secretariat on",
                "see the verification note", "Verification note").doesNotContain("docs/", ".md");
    }

    /** The issued PDF as a Standing Committee member gets it; its first and last pages saved as pictures too. */
    private static byte[] download(String url) throws Exception {
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(url)).header("Authorization", Http.basic("auditor", "auditor")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        return response.body();
    }

    private static java.util.List<String> pages(byte[] pdf) throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"))
                .toAbsolutePath();
        java.nio.file.Path file = java.nio.file.Files.write(dir.resolve("issued-2025.pdf"), pdf);
        run(dir, "pdftotext", "-layout", file.toString(), "issued-2025.txt");
        java.util.List<String> pages = java.util.Arrays.stream(java.nio.file.Files.readString(
                dir.resolve("issued-2025.txt")).split("\f")).filter(p -> !p.isBlank()).toList();
        run(dir, "pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "1", file.toString(), "issued-2025-first-page");
        int attestation = 1;
        for (int i = 0; i < pages.size(); i++) {
            attestation = pages.get(i).contains("Attestation: approved") ? i + 1 : attestation;
        }
        run(dir, "pdftoppm", "-png", "-r", "70", "-f", String.valueOf(attestation), "-l",
                String.valueOf(attestation), file.toString(), "issued-2025-attestation");
        return pages;
    }

    private static void run(java.nio.file.Path dir, String... command) throws Exception {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start();
        assertThat(p.waitFor()).as(String.join(" ", command)).isZero();
    }
}
