package org.jwp.ledger.node.ui;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.jwp.ledger.node.support.Http;
import org.jwp.ledger.node.support.NodePair;
import org.jwp.ledger.node.support.RunningNode;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a second officer trial found on the pages (issue 35), each tried again in Chromium: so far, a result's
 * correction hidden by the timeline's programme and activity filters, what an officer lands on after recording a
 * result, and forms that lost their context.
 */
class SecondTrialFindingsIT {

    private static NodePair pair;
    private static RunningNode cites;
    private static String result;
    private static String consultation;
    private static String representation;
    private static String loan;

    @BeforeAll
    static void aCorrectedResultAndARequestOfEachKindAnsweredAcrossTheNodes() {
        pair = NodePair.start();
        cites = pair.cites();
        Http officer = cites.http("officer");
        consultation = officer.post("/api/consultations", """
                {"requestedFrom":"CMS","meeting":"CITES CoP20","proposal":"Prop. 12","taxon":"Carcharhinus longimanus",
                 "proposedChange":"Transfer to Appendix I","dueDate":"2025-07-31","programme":"2021-2025",
                 "activityCodes":["C3"],"actedOn":"2025-04-15"}""").json().get("id").asText();
        representation = officer.post("/api/representations", """
                {"representative":"CMS","body":"EMG_IMG","meeting":"EMG Senior Officials","place":"Nairobi",
                 "startDate":"2025-09-01","endDate":"2025-09-02","programme":"2021-2025","activityCodes":["D4"],
                 "actedOn":"2025-08-01"}""").json().get("id").asText();
        loan = officer.post("/api/staff-loans", """
                {"host":"CMS","role":"Programme Officer","purpose":"Support to CMS COP15","startDate":"2026-09-01",
                 "endDate":"2026-09-30","programme":"2021-2025","activityCodes":["D3"],"actedOn":"2025-11-20"}""")
                .json().get("id").asText();
        Http.Response recorded = officer.post("/api/activities/B15/results", """
                {"programme":"2021-2025","year":2025,"text":"Saiga horn stockpiles reviewed","species":["Saiga spp."],
                 "joint":true,"actedOn":"2025-05-02"}""");
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        result = recorded.json().get("id").asText();
        Http.Response corrected = officer.post("/api/results/" + result + "/correction", """
                {"text":"Saiga horn stockpiles reviewed with the range States","reason":"The range States took part."}""");
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        pair.awaitConverged();
    }

    @AfterAll
    static void stop() {
        pair.close();
    }

    /**
     * Finding 1: every answer form shows the request it answers, a position is chosen deliberately (none is set
     * before the officer chooses), and an item's page gives the place and the dates.
     */
    @Test
    void eachAnswerFormShowsTheRequestItAnswersAndNoPositionIsChosenForTheOfficer() {
        try (Browser cms = new Browser(pair.cms().baseUrl())) {
            cms.signIn("officer", "pw-officer").open("/steps/comment?item=" + consultation);
            assertThat(cms.text(By.id("request"))).contains("CITES CoP20", "Prop. 12", "Carcharhinus longimanus",
                    "Transfer to Appendix I", "2025-07-31");
            assertThat(cms.value("f-position")).as("no position chosen for the officer").isEmpty();
            cms.screenshot("second-trial-01-comment-form-with-the-request");

            cms.open("/steps/accept-representation?item=" + representation);
            assertThat(cms.text(By.id("request"))).contains("EMG Senior Officials", "EMG/IMG", "Nairobi",
                    "2025-09-01", "2025-09-02");
        }
        try (Browser b = new Browser(cites.baseUrl())) {
            b.signIn("officer", "pw-officer").open("/items/" + representation);
            assertThat(b.text(By.id("request"))).contains("Nairobi", "2025-09-01", "2025-09-02");
            b.open("/items/" + loan);
            assertThat(b.text(By.id("request"))).contains("Programme Officer", "Support to CMS COP15",
                    "2026-09-01", "2026-09-30");
        }
    }

    /** Finding 3: a correction belongs to every filter its result matches, not only to the species filter. */
    @Test
    void aResultsCorrectionIsListedUnderEveryFilterTheResultMatches() {
        try (Browser b = new Browser(cites.baseUrl())) {
            b.signIn("auditor", "pw-auditor");
            for (String filter : new String[]{"programme=2021-2025&activity=B15", "activity=b15",
                    "activity=2021-2025+B15", "species=saiga"}) {
                b.open("/ledger?" + filter);
                String timeline = b.text(By.id("timeline"));
                assertThat(rows(timeline, result)).as(filter + ":\n" + timeline).isEqualTo(2);
                if (filter.startsWith("programme")) {
                    b.screenshot("second-trial-03-timeline-by-activity-with-correction");
                }
            }
        }
    }

    /** Finding 6: after recording a result the officer lands on it, its markup and times as a reader expects. */
    @Test
    void recordingAResultLandsOnTheResultWithItsItalicsAndTimesToTheSecond() {
        try (Browser b = new Browser(cites.baseUrl())) {
            b.signIn("officer", "pw-officer").open("/steps/record-result");
            b.clickInPlace(By.cssSelector("details.programme:not([open]) > summary"));
            b.tick("f-activityCodes-2021-2025-B15").type("f-year", "2025")
                    .type("f-text", "Range States of *Saiga tatarica* met in Tashkent.").click(By.id("submit"));
            assertThat(b.url()).as("lands on the result").matches(".*/results/CITES-RES-\\d{4}-\\d{4}$");
            assertThat(b.text(By.cssSelector("#result-text em"))).as("in italics").isEqualTo("Saiga tatarica");
            assertThat(b.text(By.id("result-text"))).isEqualTo("Range States of Saiga tatarica met in Tashkent.");
            String versions = b.text(By.id("versions"));
            assertThat(versions).containsPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} UTC")
                    .doesNotContainPattern("T\\d{2}:\\d{2}:\\d{2}").doesNotContain("*Saiga");
            b.screenshot("second-trial-06-result-after-recording");
        }
    }

    /** Finding 7: a form refused keeps the ticked activity in view; the staff member's name comes with the loan. */
    @Test
    void aRefusedFormKeepsItsTickedActivityInViewAndTheLoanFormAsksForTheStaffMemberBeforeTheDay() {
        try (Browser b = new Browser(cites.baseUrl())) {
            b.signIn("officer", "pw-officer").open("/steps/record-result");
            b.clickInPlace(By.cssSelector("details.programme:not([open]) > summary"));
            b.tick("f-activityCodes-2021-2025-B15").type("f-year", "2025").click(By.id("submit")); // no text
            assertThat(b.page()).contains("Please correct the fields marked below.");
            By ticked = By.id("f-activityCodes-2021-2025-B15");
            assertThat(b.has(By.cssSelector("#f-activityCodes-2021-2025-B15:checked"))).as("still ticked").isTrue();
            assertThat(b.visible(ticked)).as("its programme's section still open").isTrue();
            b.screenshot("second-trial-07-refused-form-keeps-the-activity");

            b.open("/steps/propose-loan");
            java.util.List<String> order = b.fieldOrder();
            assertThat(order.indexOf("f-staffMemberName")).as(order.toString())
                    .isLessThan(order.indexOf("f-actedOn")).isGreaterThan(order.indexOf("f-endDate"));
        }
    }

    private static int rows(String text, String id) {
        return text.split(java.util.regex.Pattern.quote(id), -1).length - 1;
    }
}
