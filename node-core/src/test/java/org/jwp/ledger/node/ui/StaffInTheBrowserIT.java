package org.jwp.ledger.node.ui;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.jwp.ledger.node.support.Http;
import org.jwp.ledger.node.support.NodePair;
import org.openqa.selenium.By;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two secretariats' staff at their own nodes, in a real browser: a CITES recorder asks CMS for comments on a
 * proposal, a CMS recorder finds it on the dashboard and comments, the CITES recorder sees the comment, an auditor
 * verifies the ledger and downloads the annual report, a recorder cannot open the admin page, and an admin erases a
 * loaned staff member's data there. Each page is saved as a screenshot under target/screenshots.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StaffInTheBrowserIT {

    private static final String DUE = LocalDate.now().plusDays(30).toString();
    private static NodePair pair;
    private static Browser atCites;
    private static Browser atCms;
    private static String consultation;

    @BeforeAll
    static void start() {
        pair = NodePair.start("--spring.profiles.active=demo");
        atCites = new Browser(pair.cites().baseUrl());
        atCms = new Browser(pair.cms().baseUrl());
    }

    @AfterAll
    static void stop() {
        Browser.closeAll(pair, atCites, atCms);
    }

    @Test
    @Order(1)
    void aCitesRecorderAsksCmsForCommentsOnAProposal() {
        atCites.open("/");
        assertThat(atCites.url()).as("sent to sign in").endsWith("/login");
        assertThat(atCites.page()).contains("CITES Secretariat", "Demo accounts");
        atCites.screenshot("01-sign-in");

        atCites.signIn("recorder", "recorder");
        assertThat(atCites.text(By.id("node-name"))).isEqualTo("CITES Secretariat");
        assertThat(atCites.text(By.id("signed-in-as"))).isEqualTo("recorder (RECORDER)");
        atCites.screenshot("02-dashboard-cites");

        atCites.click(By.id("new-request-consultation"));
        assertThat(atCites.unlabelledFields()).as("every field has a label").isEmpty();
        atCites.type("f-meeting", "CITES CoP20").type("f-proposal", "Prop. 37")
                .type("f-proposedChange", "Transfer from Appendix II to Appendix I").date("f-dueDate", DUE)
                .tick("f-activityCodes-2021-2025-C3").click(By.id("submit"));
        assertThat(atCites.text(By.id("form-error"))).contains("correct the fields");
        assertThat(atCites.text(By.id("f-taxon-error"))).isEqualTo("must not be blank");
        assertThat(atCites.has(By.id("f-meeting-error"))).as("the valid fields keep their values").isFalse();
        atCites.screenshot("03-form-with-errors");

        atCites.type("f-taxon", "Gyps africanus").click(By.id("submit"));
        assertThat(atCites.text(By.id("item-status"))).isEqualTo("Requested");
        consultation = atCites.text(By.id("item-id"));
        assertThat(consultation).startsWith("CITES-CONS-");
        assertThat(atCites.page()).contains("recorded as " + consultation, "Gyps africanus");
        atCites.screenshot("04-item-requested");
    }

    @Test
    @Order(2)
    void aCmsRecorderSeesTheRequestOnTheDashboardAndComments() {
        atCms.signIn("recorder", "recorder");
        assertThat(atCms.text(By.id("node-name"))).isEqualTo("CMS Secretariat");
        atCms.reloadUntil(() -> atCms.has(By.id("await-" + consultation)));
        assertThat(atCms.text(By.id("awaiting-us"))).contains("Gyps africanus", "Requested");
        atCms.screenshot("05-dashboard-cms-awaiting");

        atCms.click(By.cssSelector("#await-" + consultation + " a.button"));
        assertThat(atCms.title()).startsWith("Submit a comment");
        assertThat(atCms.unlabelledFields()).isEmpty();
        atCms.choose("f-position", "SUPPORT").type("f-text", "CMS supports the transfer: vultures are listed in "
                + "CMS Appendix I.").type("f-documentRef", "UNEP/CMS/COP14/Doc.30").click(By.id("submit"));
        assertThat(atCms.text(By.id("item-status"))).isEqualTo("Commented");
        atCms.screenshot("06-item-commented-cms");
    }

    @Test
    @Order(3)
    void theCitesRecorderSeesTheComment() {
        atCites.open("/items/" + consultation)
                .reloadUntil(() -> "Commented".equals(atCites.text(By.id("item-status"))));
        String history = atCites.text(By.id("history"));
        assertThat(history).contains("Comment submitted CMS recorder", "CMS supports the transfer",
                "UNEP/CMS/COP14/Doc.30");
        atCites.screenshot("07-item-commented-cites");

        atCites.open("/ledger?activity=C3");
        assertThat(atCites.text(By.id("timeline"))).contains("Comments requested", "Comment submitted");
        atCites.screenshot("08-ledger-timeline");
    }

    @Test
    @Order(4)
    void anAuditorRunsVerificationAndDownloadsTheAnnualReport() throws IOException {
        // Checkpoints are signed within a second of an append; until then the verdict is rightly "with a warning".
        // Wait for that state, not for a duration, so the auditor sees the verdict of a fully signed ledger.
        pair.awaitVerified();
        atCites.signOut();
        atCites.signIn("auditor", "auditor");
        atCites.clickLink("Audit");
        atCites.click(By.id("run-verification"));
        assertThat(atCites.text(By.id("verification-verdict"))).startsWith("Verified");
        assertThat(atCites.text(By.id("verification-result"))).contains("CITES", "CMS");
        assertThat(atCites.has(By.id("download-export"))).isTrue();
        atCites.screenshot("09-audit-verified");

        atCites.clickLink("Reports");
        atCites.screenshot("10-reports");
        atCites.clickInPlace(By.id("docx-2025"));
        Path report = atCites.downloaded(".docx");
        byte[] bytes = Files.readAllBytes(report);
        assertThat(new String(bytes, 0, 2)).as("a Word (zip) document").isEqualTo("PK");

        atCites.open("/api/reports/annual/2025?format=html");
        assertThat(atCites.page()).contains("2025");
        atCites.screenshot("11-annual-report-2025");
    }

    @Test
    @Order(5)
    void aRecorderCannotOpenTheAdminPage() {
        atCms.open("/admin");
        assertThat(atCms.text(By.id("denied"))).isEqualTo("Not allowed");
        assertThat(atCms.has(By.linkText("Admin"))).as("no Admin link for a recorder").isFalse();
        atCms.screenshot("12-admin-denied-for-recorder");

        atCms.signOut();
        atCms.signIn("admin", "admin").clickLink("Admin");
        assertThat(atCms.text(By.id("admin-title"))).isEqualTo("Administration");
        assertThat(atCms.text(By.id("fingerprint"))).isNotBlank();
        atCms.screenshot("13-admin");
        atCms.click(By.id("replay"));
        assertThat(atCms.page()).contains("Replaying activity-results, commitments");
    }

    @Test
    @Order(6)
    void anAdminErasesAPersonsDataFromTheAdminPage() {
        Http.Response loan = pair.cms().http("recorder").post("/api/staff-loans", """
                {"host":"CITES","role":"Programme Officer","purpose":"Support to CoP20","startDate":"2026-11-01",
                 "endDate":"2026-11-30","activityCodes":["D3"],"actedOn":"2025-10-01",
                 "staffMemberName":"Robin Fictive","staffMemberContact":"robin.fictive@example.org"}""");
        assertThat(loan.status()).as(loan.toString()).isEqualTo(201);
        String id = loan.json().get("id").asText();
        String subject = pair.cms().jdbc().queryForObject("select convert_from(payload, 'UTF8')::jsonb #>> "
                + "'{staffMember,subjectId}' from domain_event_entry where aggregate_identifier = ?", String.class, id);
        pair.cms().awaitProjected();
        atCms.open("/items/" + id);
        assertThat(atCms.page()).contains("Robin Fictive", subject);

        atCms.open("/admin").type("subject", subject).click(By.id("erase"));

        assertThat(atCms.page()).contains("Erased the personal data of " + subject);
        atCms.open("/items/" + id);
        assertThat(atCms.page()).contains("[personal data erased]").doesNotContain("Robin Fictive");
        atCms.screenshot("14-personal-data-erased");
    }

    @Test
    @Order(7)
    void anApproverOnEachNodeApprovesThe2025ReportAndTheReportsPageShowsItIssued() {
        pair.awaitConverged();
        for (Browser at : java.util.List.of(atCites, atCms)) {
            at.open("/");
            at.signOut();
            at.signIn("approver", "approver").clickLink("Reports");
            at.click(By.id("approve-2025"));
            assertThat(at.text(By.id("content-digest"))).hasSize(64);
            at.screenshot("15-approve-2025-" + (at == atCites ? "cites" : "cms"));
            at.click(By.id("approve"));
            assertThat(at.page()).contains("Approved annual/2025");
            pair.awaitConverged();
        }
        atCites.open("/reports").reloadUntil(() -> atCites.text(By.id("signoff-2025")).startsWith("Issued"));
        atCms.open("/reports").reloadUntil(() -> atCms.text(By.id("signoff-2025")).startsWith("Issued"));
        assertThat(atCites.text(By.id("signoff-2025"))).startsWith("Issued (version 1");
        atCites.screenshot("16-reports-2025-issued");
    }
}
