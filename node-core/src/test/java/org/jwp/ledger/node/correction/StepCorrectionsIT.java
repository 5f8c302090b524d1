package org.jwp.ledger.node.correction;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.jwp.ledger.node.support.Http;
import org.jwp.ledger.node.support.NodePair;
import org.jwp.ledger.node.support.RunningNode;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CMS answered a CITES consultation late, by the date it recorded; the comment was in fact sent on time, under
 * another document. CMS corrects its own step: both nodes' item pages, commitments, timelines and reports follow the
 * corrected date and reference, the earlier version stays beside it, and {@code asOf} before the correction shows
 * the step as it then read. CITES cannot correct CMS's step, and bad corrections are refused without a trace.
 */
class StepCorrectionsIT {

    private static NodePair pair;
    private static String consultation;
    private static String comment;
    private static Instant beforeCorrection;

    @BeforeAll
    static void aLateCommentCorrectedByItsSecretariat() {
        pair = NodePair.start();
        consultation = request(pair.cites(), "2025-06-30");
        pair.awaitConverged();
        Http.Response answered = pair.cms().http("officer").post("/api/consultations/" + consultation + "/comment",
                "{\"position\":\"SUPPORT\",\"text\":\"CMS supports the listing.\",\"documentRef\":\"CoP20 Inf. 1\","
                        + "\"actedOn\":\"2025-07-04\"}");
        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
        pair.awaitConverged();
        comment = step(pair.cms(), consultation, "ConsultationCommentSubmitted").get("eventId").asText();
        assertThat(report(pair.cites())).contains("after the due date 2025-06-30");
        beforeCorrection = Instant.now();
        Http.Response corrected = pair.cms().http("officer").post(correction(consultation, comment),
                "{\"actedOn\":\"2025-06-27\",\"documentRef\":\"CoP20 Inf. 12\","
                        + "\"reason\":\"Sent on 27 June under Inf. 12; 4 July was the date it was filed.\"}");
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        pair.awaitConverged();
    }

    @AfterAll
    static void stop() {
        pair.close();
    }

    @Test
    void bothNodesShowTheCorrectedStepAndKeepTheEarlierVersion() {
        for (RunningNode node : List.of(pair.cites(), pair.cms())) {
            JsonNode step = step(node, consultation, "ConsultationCommentSubmitted");
            assertThat(step.get("actedOn").asText()).isEqualTo("2025-06-27");
            assertThat(step.at("/payload/documentRef").asText()).isEqualTo("CoP20 Inf. 12");
            assertThat(step.at("/payload/text").asText()).isEqualTo("CMS supports the listing.");
            JsonNode earlier = step.get("earlier").get(0);
            assertThat(earlier.at("/payload/actedOn").asText()).isEqualTo("2025-07-04");
            assertThat(earlier.at("/payload/documentRef").asText()).isEqualTo("CoP20 Inf. 1");
            assertThat(earlier.get("changed").toString()).contains("actedOn", "documentRef");
            assertThat(earlier.get("correctedBy").asText()).isEqualTo("officer");
            assertThat(earlier.get("reason").asText()).startsWith("Sent on 27 June");
            assertThat(step(node, consultation, "StepCorrected").at("/payload/stepEventId").asText())
                    .isEqualTo(comment);

            String page = node.http("auditor").send("GET", "/items/" + consultation, null, null, "Accept",
                    "text/html").body();
            assertThat(page).contains("1 earlier version", "it read: date of the action 2025-07-04; document reference "
                    + "CoP20 Inf. 1");
            String timeline = node.http("auditor").send("GET", "/ledger?from=2025-06-27&to=2025-06-27", null, null,
                    "Accept", "text/html").body();
            assertThat(timeline).contains("Comment submitted (corrected)");
        }
    }

    @Test
    void bothNodesReportTheCommentAsOnTimeNow() {
        for (RunningNode node : List.of(pair.cites(), pair.cms())) {
            assertThat(report(node)).contains("on 2025-06-27, on time").doesNotContain("after the due date");
        }
    }

    @Test
    void asOfBeforeTheCorrectionTheStepReadsAsItThenDid() {
        JsonNode then = pair.cites().http("auditor").get("/api/commitments/" + consultation + "?asOf="
                + beforeCorrection).json();
        JsonNode step = find(then, "ConsultationCommentSubmitted");
        assertThat(step.get("actedOn").asText()).isEqualTo("2025-07-04");
        assertThat(step.path("earlier").isMissingNode() || step.get("earlier").isEmpty()).isTrue();
        assertThat(pair.cites().http("auditor").get("/api/reports/annual/2025?format=md&asOf=" + beforeCorrection)
                .body()).contains("after the due date 2025-06-30");
    }

    @Test
    void aCorrectedDueDateIsTheDeadlineAndTheDateAnExtensionMustPass() {
        String open = request(pair.cites(), "2025-06-30");
        pair.cites().awaitProjected();
        assertThat(pair.cites().http("auditor").get("/api/commitments/" + open).json().get("overdue").asBoolean())
                .isTrue();
        String request = step(pair.cites(), open, "ConsultationRequested").get("eventId").asText();
        assertThat(pair.cites().http("officer").post(correction(open, request),
                "{\"dueDate\":\"2031-01-31\",\"reason\":\"The request gave CMS until January 2031.\"}").status())
                .isEqualTo(200);
        pair.awaitConverged();
        for (RunningNode node : List.of(pair.cites(), pair.cms())) {
            JsonNode item = node.http("auditor").get("/api/commitments/" + open).json();
            assertThat(item.get("deadline").asText()).isEqualTo("2031-01-31");
            assertThat(item.get("overdue").asBoolean()).isFalse();
        }
        Http.Response extension = pair.cites().http("officer").post("/api/consultations/" + open + "/extension",
                "{\"dueDate\":\"2030-12-31\"}");
        assertThat(extension.status()).as(extension.toString()).isEqualTo(409);
        assertThat(extension.body()).contains("2031-01-31");
    }

    @Test
    void refusalsChangeNothing() {
        long before = pair.cms().eventCount();
        String path = correction(consultation, comment);
        Http.Response byCites = pair.cites().http("officer").post(path, "{\"text\":\"x\",\"reason\":\"y\"}");
        assertThat(byCites.status()).as("the other secretariat's step").isEqualTo(409);
        assertThat(byCites.body()).contains("recorded by CMS");
        Http cms = pair.cms().http("officer");
        assertThat(cms.post(correction(consultation, "no-such-event"), "{\"text\":\"x\",\"reason\":\"y\"}")
                .status()).isEqualTo(404);
        assertThat(cms.post(correction("CITES-CONS-2025-9999", comment), "{\"text\":\"x\",\"reason\":\"y\"}")
                .status()).isEqualTo(404);
        assertThat(cms.post(path, "{\"text\":\"No reason.\"}").status()).isEqualTo(400);
        assertThat(cms.post(path, "{\"reason\":\"Nothing given.\"}").status()).isEqualTo(400);
        Http.Response position = cms.post(path, "{\"position\":\"OPPOSE\",\"reason\":\"We changed our mind.\"}");
        assertThat(position.status()).isEqualTo(400);
        assertThat(position.body()).contains("position", "cannot be corrected");
        assertThat(cms.post(path, "{\"actedOn\":\"2025-06-27\",\"reason\":\"Same date.\"}").status())
                .as("changes nothing").isEqualTo(400);
        assertThat(cms.post(path, "{\"actedOn\":\"2999-01-01\",\"reason\":\"Future.\"}").status()).isEqualTo(400);
        assertThat(cms.post(path, "{\"actedOn\":\"not a date\",\"reason\":\"Garbled.\"}").status()).isEqualTo(400);
        assertThat(cms.post(path, "{\"text\":\"\\u202Ehidden\",\"reason\":\"Bidi.\"}").status()).isEqualTo(400);
        assertThat(pair.cms().http("auditor").post(path, "{\"text\":\"x\",\"reason\":\"y\"}").status())
                .as("an auditor records nothing").isEqualTo(403);
        assertThat(pair.cms().eventCount()).isEqualTo(before);
    }

    private static String request(RunningNode cites, String due) {
        Http.Response r = cites.http("officer").post("/api/consultations", "{\"requestedFrom\":\"CMS\","
                + "\"meeting\":\"CITES CoP20\",\"proposal\":\"Prop. 12\",\"taxon\":\"Carcharhinus longimanus\","
                + "\"proposedChange\":\"Include in Appendix II\",\"dueDate\":\"" + due + "\",\"programme\":\"2021-2025\","
                + "\"activityCodes\":[\"C3\"],\"actedOn\":\"2025-04-02\"}");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asText();
    }

    private static String correction(String item, String eventId) {
        return "/api/commitments/" + item + "/steps/" + eventId + "/correction";
    }

    private static JsonNode step(RunningNode node, String item, String type) {
        return find(node.http("auditor").get("/api/commitments/" + item).json(), type);
    }

    private static JsonNode find(JsonNode item, String type) {
        for (JsonNode h : item.get("history")) {
            if (h.get("type").asText().equals(type)) {
                return h;
            }
        }
        throw new AssertionError("no " + type + " in " + item);
    }

    private static String report(RunningNode node) {
        return node.http("auditor").get("/api/reports/annual/2025?format=md").body();
    }
}
