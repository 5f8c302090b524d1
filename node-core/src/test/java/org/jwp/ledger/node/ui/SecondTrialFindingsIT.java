package org.jwp.ledger.node.ui;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.node.support.Http;
import org.jwp.ledger.node.support.RunningNode;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a second officer trial found on the pages (issue 35), each tried again in Chromium: so far, a result's
 * correction hidden by the timeline's programme and activity filters, what an officer lands on after recording a
 * result, and forms that lost their context.
 */
class SecondTrialFindingsIT {

    private static RunningNode cites;
    private static String result;

    @BeforeAll
    static void aResultOnB15RecordedAndCorrected() {
        cites = RunningNode.start(Secretariat.CITES);
        Http officer = cites.http("officer");
        Http.Response recorded = officer.post("/api/activities/B15/results", """
                {"programme":"2021-2025","year":2025,"text":"Saiga horn stockpiles reviewed","species":["Saiga spp."],
                 "joint":true,"actedOn":"2025-05-02"}""");
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        result = recorded.json().get("id").asText();
        Http.Response corrected = officer.post("/api/results/" + result + "/correction", """
                {"text":"Saiga horn stockpiles reviewed with the range States","reason":"The range States took part."}""");
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        cites.awaitProjected();
    }

    @AfterAll
    static void stop() {
        cites.close();
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
            assertThat(b.checked(ticked)).as("still ticked").isTrue();
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
