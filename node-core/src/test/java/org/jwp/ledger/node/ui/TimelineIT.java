package org.jwp.ledger.node.ui;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.node.support.Http;
import org.jwp.ledger.node.support.RunningNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The ledger timeline page filters by origin, type, activity, species and dates, on real PostgreSQL. */
class TimelineIT {

    private static RunningNode cites;
    private static String saigaResult;
    private static String sharkConsultation;

    @BeforeAll
    static void aResultOnSaigaAndAConsultationOnSharks() {
        cites = RunningNode.start(Secretariat.CITES);
        Http officer = cites.http("officer");
        saigaResult = officer.post("/api/activities/D2/results", """
                {"programme":"2021-2025","year":2024,"text":"Saiga trade data shared","species":["Saiga tatarica"],
                 "joint":true,"actedOn":"2024-03-01"}""").json().get("id").asText();
        sharkConsultation = officer.post("/api/consultations", """
                {"requestedFrom":"CMS","meeting":"CITES CoP20","proposal":"Prop. 12",
                 "taxon":"Carcharhinus longimanus","proposedChange":"Include in Appendix II","dueDate":"2025-06-30",
                 "activityCodes":["C3"],"actedOn":"2025-04-02"}""").json().get("id").asText();
        cites.awaitProjected(); // the activity filter reads the commitments projection
    }

    @AfterAll
    static void stop() {
        cites.close();
    }

    private static String timeline(String query) {
        Http.Response page = cites.http("auditor").send("GET", "/ledger" + query, null, null, "Accept", "text/html");
        assertThat(page.status()).as(query).isEqualTo(200);
        return page.body().substring(page.body().indexOf("id=\"timeline\""));
    }

    @Test
    void everyEventUnfiltered() {
        assertThat(timeline("")).contains(saigaResult, sharkConsultation);
    }

    @Test
    void byOriginAndType() {
        assertThat(timeline("?origin=CMS")).doesNotContain(saigaResult, sharkConsultation);
        assertThat(timeline("?type=ActivityResultRecorded")).contains(saigaResult).doesNotContain(sharkConsultation);
    }

    @Test
    void byActivityAndSpeciesWhateverTheCase() {
        assertThat(timeline("?activity=C3")).contains(sharkConsultation).doesNotContain(saigaResult);
        assertThat(timeline("?species=saiga")).contains(saigaResult).doesNotContain(sharkConsultation);
        assertThat(timeline("?species=longimanus")).contains(sharkConsultation).doesNotContain(saigaResult);
    }

    @Test
    void byTheDayOfTheAction() {
        assertThat(timeline("?from=2025-01-01")).contains(sharkConsultation).doesNotContain(saigaResult);
        assertThat(timeline("?from=2024-01-01&to=2024-12-31")).contains(saigaResult)
                .doesNotContain(sharkConsultation);
    }

    @Test
    void aFilterThatCannotBeReadIsNamed() {
        Http.Response bad = cites.http("auditor").send("GET", "/ledger?activity=Z9'--", null, null,
                "Accept", "text/html");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("activity: must be an activity code");
        assertThat(cites.http("auditor").send("GET", "/ledger?from=yesterday", null, null, "Accept", "text/html")
                .status()).isEqualTo(400);
    }
}
