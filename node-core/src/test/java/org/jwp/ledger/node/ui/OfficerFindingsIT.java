package org.jwp.ledger.node.ui;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.jwp.ledger.node.support.Http;
import org.jwp.ledger.node.support.NodePair;
import org.openqa.selenium.By;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What stood in a new officer's way (issue 17), each tried again in Chromium on both nodes: the wrong side's form,
 * the activity of the wrong programme, the deadline that disappeared, the audit page too wide, "sharks" finding
 * nothing, the current year missing from the reports page, and the report outside the site.
 */
class OfficerFindingsIT {

    private static NodePair pair;
    private static String hammerhead;

    @BeforeAll
    static void aHammerheadConsultationAnsweredOnTime() {
        pair = NodePair.start("--spring.profiles.active=demo");
        Http.Response r = pair.cites().http("recorder").post("/api/consultations", "{\"requestedFrom\":\"CMS\","
                + "\"meeting\":\"CITES CoP20\",\"proposal\":\"Prop. 40\",\"taxon\":\"Sphyrna lewini\","
                + "\"proposedChange\":\"Include in Appendix II\",\"dueDate\":\"2025-06-30\",\"programme\":\"2021-2025\","
                + "\"activityCodes\":[\"C3\"],\"actedOn\":\"2025-04-02\"}");
        hammerhead = r.json().get("id").asText();
        pair.awaitConverged();
        assertThat(pair.cms().http("recorder").post("/api/consultations/" + hammerhead + "/comment",
                "{\"position\":\"SUPPORT\",\"text\":\"CMS supports it.\",\"actedOn\":\"2025-06-20\"}").status())
                .isEqualTo(200);
        pair.awaitConverged();
    }

    @AfterAll
    static void stop() {
        pair.close();
    }

    @Test
    void theRequesterIsNotOfferedTheCommentFormOfItsOwnRequest() {
        Http.Response open = pair.cites().http("recorder").post("/api/consultations", "{\"requestedFrom\":\"CMS\","
                + "\"meeting\":\"CITES CoP20\",\"proposal\":\"Prop. 41\",\"taxon\":\"Gyps africanus\","
                + "\"proposedChange\":\"Include in Appendix I\",\"dueDate\":\"" + LocalDate.now().plusDays(20)
                + "\",\"programme\":\"2021-2025\",\"activityCodes\":[\"C3\"]}");
        String id = open.json().get("id").asText();
        pair.cites().awaitProjected();
        try (Browser cites = new Browser(pair.cites().baseUrl())) {
            cites.signIn("recorder", "recorder").open("/items/" + id);
            assertThat(cites.has(By.id("step-comment"))).isFalse();
            assertThat(cites.has(By.id("step-withdraw-consultation"))).isTrue();
            cites.open("/steps/comment?item=" + id);
            assertThat(cites.has(By.id("submit"))).as("no form to fill in").isFalse();
            assertThat(cites.page()).contains("not a step CITES can take");
        }
    }

    @Test
    void activitiesAreTickedUnderTheirProgrammeAndRecordedWithIt() {
        try (Browser cites = new Browser(pair.cites().baseUrl())) {
            cites.signIn("recorder", "recorder").open("/steps/request-consultation");
            cites.clickInPlace(By.cssSelector("details.programme:not([open]) > summary"));
            cites.type("f-meeting", "CMS COP13").type("f-proposal", "Prop. 3").type("f-taxon", "Ovis ammon")
                    .type("f-proposedChange", "Include in Appendix II").date("f-dueDate", "2019-12-31")
                    .date("f-actedOn", "2019-10-01").tick("f-activityCodes-2015-2020-C3").click(By.id("submit"));
            assertThat(cites.text(By.tagName("main"))).contains("2015-2020: C3");
            assertThat(cites.page()).contains("2015-2020 C3 in the ledger");
        }
    }

    @Test
    void aCommentedItemKeepsItsDeadlineAndSaysTheAnswerCameOnTime() {
        try (Browser cms = new Browser(pair.cms().baseUrl())) {
            cms.signIn("recorder", "recorder").open("/items/" + hammerhead);
            assertThat(cms.text(By.id("deadlines"))).contains("Comments from CMS were due by 2025-06-30.",
                    "CMS commented on 2025-06-20, on time.");
            assertThat(cms.text(By.id("due-now"))).isEqualTo("Nothing is due now.");
            cms.screenshot("32-item-deadlines");
        }
    }

    @Test
    void theAuditPageFitsALaptopScreen() {
        for (int i = 0; i < 3; i++) {
            pair.cites().http("auditor").post("/api/audit/checkpoints", null);
        }
        try (Browser cites = new Browser(pair.cites().baseUrl())) {
            cites.signIn("auditor", "auditor").open("/audit");
            cites.click(By.cssSelector("form[action$='/audit/verification'] button"));
            assertThat(cites.scrollWidth()).as("no horizontal scrolling at 1366 px").isLessThanOrEqualTo(1366);
            String shown = cites.text(By.cssSelector("#verification-result code.hash"));
            assertThat(shown).as("a hash shown by its first characters").hasSizeLessThanOrEqualTo(13).endsWith("…");
            cites.clickInPlace(By.cssSelector("#verification-result .hash-full summary"));
            assertThat(cites.text(By.cssSelector("#verification-result .hash-full code")))
                    .as("the whole value a click away").matches("[0-9a-f]{64}").startsWith(shown.replace("…", ""));
            cites.screenshot("33-audit-fits");
        }
    }

    @Test
    void sharksFindsTheHammerheadAndTheReportsPageHasTheCurrentYear() {
        try (Browser cms = new Browser(pair.cms().baseUrl())) {
            cms.signIn("recorder", "recorder").open("/search?q=sharks");
            assertThat(cms.text(By.id("hits"))).contains(hammerhead, "Sphyrna lewini", "Sharks and rays");
            cms.screenshot("34-search-sharks");
            cms.open("/reports");
            assertThat(cms.has(By.id("year-" + LocalDate.now().getYear()))).isTrue();
            cms.click(By.id("view-2025"));
            assertThat(cms.has(By.id("node-name"))).as("the report inside the site").isTrue();
            assertThat(cms.text(By.id("report"))).contains("Sharks and rays");
            cms.screenshot("35-report-in-the-site");
        }
    }
}
