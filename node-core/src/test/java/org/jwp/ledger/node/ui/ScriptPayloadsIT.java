package org.jwp.ledger.node.ui;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.node.support.Http;
import org.jwp.ledger.node.support.RunningNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text staff type is shown to other staff and auditors, on pages and in reports: markup in it is shown as text,
 * never run. A consultation and a result carry script payloads in every free-text field; no page or report serves
 * them as markup.
 */
class ScriptPayloadsIT {

    private static final String SCRIPT = "<script>alert('ledger')</script>";
    private static final String IMAGE = "<img src=x onerror=alert(1)>";
    private static RunningNode cites;
    private static String consultation;
    private static String result;

    @BeforeAll
    static void recordTextWithMarkup() {
        cites = RunningNode.start(Secretariat.CITES);
        Http officer = cites.http("officer");
        consultation = officer.post("/api/consultations", """
                {"requestedFrom":"CMS","meeting":"CoP20 %1$s","proposal":"Prop. %2$s","taxon":"Carcharhinus longimanus",
                 "proposedChange":"Include %1$s in Appendix II %2$s","dueDate":"2026-06-30","activityCodes":["C3"],
                 "note":"%1$s | %2$s","actedOn":"2025-04-02"}""".formatted(SCRIPT, IMAGE)).json().get("id").asText();
        result = officer.post("/api/activities/D2/results", """
                {"programme":"2021-2025","year":2025,"text":"Shared data %1$s %2$s","documentRefs":["%1$s"],
                 "species":["Saiga tatarica"],"joint":true,"actedOn":"2025-03-01"}""".formatted(SCRIPT, IMAGE))
                .json().get("id").asText();
        assertThat(consultation).isNotBlank();
        assertThat(result).isNotBlank();
        cites.awaitProjected();
    }

    @AfterAll
    static void stop() {
        cites.close();
    }

    /** Pages that show the text carry it escaped; the timeline shows no free text, so nothing to escape there. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/", "/items/{consultation}", "/ledger", "/ledger?activity=C3",
            "/api/reports/annual/2025?format=html", "/api/reports/programme/2021-2025?format=html"})
    void markupTypedByStaffIsShownAsText(String path) {
        Http.Response page = cites.http("auditor").send("GET", path.replace("{consultation}", consultation), null,
                null, "Accept", "text/html");

        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.body()).doesNotContain(SCRIPT).doesNotContain(IMAGE).doesNotContain("<img src=x");
        if (!path.startsWith("/ledger")) {
            assertThat(page.body()).contains("&lt;script&gt;").contains("&lt;img");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/reports/annual/2025?format=md", "/api/reports/programme/2021-2025?format=md"})
    void theMarkdownReportCarriesNoRawMarkup(String path) {
        Http.Response report = cites.http("auditor").get(path);

        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        assertThat(report.body()).contains("Shared data").doesNotContain("<script").doesNotContain("<img");
    }
}
