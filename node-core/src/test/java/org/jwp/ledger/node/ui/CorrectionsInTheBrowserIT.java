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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Corrections as staff make them in Chromium: CMS corrects the document reference of its comment from the item's
 * page, where CITES is offered no correction of CMS's step; CITES corrects, then withdraws, a result from the
 * result's own page. Each form starts from what the record now says, and every earlier version stays on the page.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CorrectionsInTheBrowserIT {

    private static NodePair pair;
    private static Browser atCites;
    private static Browser atCms;
    private static String consultation;
    private static String result;

    @BeforeAll
    static void aCommentAndAResultRecordedWithMistakes() {
        pair = NodePair.start("--spring.profiles.active=demo");
        Http.Response asked = pair.cites().http("recorder").post("/api/consultations", "{\"requestedFrom\":\"CMS\","
                + "\"meeting\":\"CITES CoP20\",\"proposal\":\"Prop. 37\",\"taxon\":\"Gyps africanus\","
                + "\"proposedChange\":\"Transfer from Appendix II to Appendix I\",\"dueDate\":\"2025-06-30\","
                + "\"programme\":\"2021-2025\",\"activityCodes\":[\"C3\"],\"actedOn\":\"2025-04-02\"}");
        consultation = asked.json().get("id").asText();
        pair.awaitConverged();
        assertThat(pair.cms().http("recorder").post("/api/consultations/" + consultation + "/comment",
                "{\"position\":\"SUPPORT\",\"text\":\"CMS supports the transfer.\",\"documentRef\":\"UNEP/CMS/COP14/"
                        + "Doc.3\",\"actedOn\":\"2025-06-12\"}").status()).isEqualTo(200);
        result = pair.cites().http("recorder").post("/api/results", "{\"programme\":\"2021-2025\","
                + "\"activityCodes\":[\"D1\"],\"year\":2025,\"text\":\"Anual coordination meeting held.\","
                + "\"joint\":true,\"actedOn\":\"2025-10-15\"}").json().get("id").asText();
        pair.awaitConverged();
        atCites = new Browser(pair.cites().baseUrl());
        atCms = new Browser(pair.cms().baseUrl());
        atCites.signIn("recorder", "recorder");
        atCms.signIn("recorder", "recorder");
    }

    @AfterAll
    static void stop() {
        Browser.closeAll(pair, atCites, atCms);
    }

    @Test
    @Order(1)
    void cmsCorrectsTheReferenceOfItsCommentFromTheItemsPage() {
        atCms.open("/items/" + consultation);
        atCms.click(By.cssSelector("#history a.correct"));
        assertThat(atCms.title()).startsWith("Correct a recorded step");
        assertThat(atCms.unlabelledFields()).as("every field has a label").isEmpty();
        assertThat(atCms.value("f-documentRef")).as("the form starts from the step as it reads")
                .isEqualTo("UNEP/CMS/COP14/Doc.3");
        atCms.type("f-documentRef", "UNEP/CMS/COP14/Doc.30").click(By.id("submit"));
        assertThat(atCms.text(By.id("f-reason-error"))).isEqualTo("must not be blank");
        assertThat(atCms.value("f-documentRef")).as("what was typed stays").isEqualTo("UNEP/CMS/COP14/Doc.30");
        atCms.screenshot("20-step-correction-refused");

        atCms.type("f-reason", "The comment was issued as Doc.30; Doc.3 was a typing slip.").click(By.id("submit"));
        String history = atCms.text(By.id("history"));
        assertThat(history).contains("UNEP/CMS/COP14/Doc.30", "Corrected: 1 earlier version",
                "corrected the document reference of comment submitted");
        atCms.screenshot("21-item-with-corrected-step");
    }

    @Test
    @Order(2)
    void citesSeesTheCorrectionAndIsOfferedToCorrectOnlyItsOwnSteps() {
        atCites.open("/items/" + consultation).reloadUntil(() -> atCites.text(By.id("history"))
                .contains("UNEP/CMS/COP14/Doc.30"));
        assertThat(atCites.count(By.cssSelector("#history a.correct"))).as("only the request, CITES's own step")
                .isEqualTo(1);
    }

    @Test
    @Order(3)
    void citesCorrectsAndThenWithdrawsAResultFromItsPage() {
        atCites.open("/ledger?type=ActivityResultRecorded");
        atCites.click(By.linkText(result));
        assertThat(atCites.text(By.id("result-text"))).isEqualTo("Anual coordination meeting held.");
        atCites.click(By.id("correct-result"));
        assertThat(atCites.unlabelledFields()).isEmpty();
        atCites.type("f-text", "Annual coordination meeting held in Geneva.")
                .type("f-reason", "Spelling and place.").click(By.id("submit"));
        assertThat(atCites.text(By.id("result-text"))).isEqualTo("Annual coordination meeting held in Geneva.");
        assertThat(atCites.text(By.id("versions"))).contains("Corrected", "Spelling and place.",
                "Anual coordination meeting held.");
        atCites.screenshot("22-result-corrected");

        atCites.click(By.id("withdraw-result")).type("f-reason", "Reported under D2 instead.")
                .click(By.id("submit"));
        assertThat(atCites.text(By.id("withdrawn"))).contains("Withdrawn");
        assertThat(atCites.has(By.id("correct-result"))).isFalse();
    }
}
