package org.jwp.ledger.node.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.node.support.Http;
import org.jwp.ledger.node.support.RunningNode;

import java.time.LocalDate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Every kind of bad input is answered 4xx application/problem+json naming the field, and the ledger is unchanged. */
class BadInputIT {

    private static final String TOMORROW = LocalDate.now().plusDays(1).toString();
    private static RunningNode cites;
    private static Http http;

    @BeforeAll
    static void start() {
        cites = RunningNode.start(Secretariat.CITES);
        http = cites.http("tester");
        assertThat(http.post("/api/consultations", consultation("\"activityCodes\":[\"C3\"]")).status())
                .isEqualTo(201);
    }

    @AfterAll
    static void stop() {
        cites.close();
    }

    static Stream<Arguments> badRequests() {
        return Stream.of(
                arguments("malformed JSON", "/api/consultations", "{\"requestedFrom\":", "$body"),
                arguments("no body fields", "/api/consultations", "{}", "meeting"),
                arguments("every missing field is named", "/api/consultations", "{}", "activityCodes"),
                arguments("wrong enum value", "/api/consultations",
                        consultation("\"activityCodes\":[\"C3\"]").replace("\"CMS\"", "\"UNEP\""), "requestedFrom"),
                arguments("asking itself", "/api/consultations",
                        consultation("\"activityCodes\":[\"C3\"]").replace("\"CMS\"", "\"CITES\""), "requestedFrom"),
                arguments("text over 200 characters", "/api/consultations",
                        consultation("\"activityCodes\":[\"C3\"]").replace("CITES CoP20", "x".repeat(201)),
                        "meeting"),
                arguments("text over 4000 characters", "/api/consultations",
                        consultation("\"activityCodes\":[\"C3\"]").replace("Include in Appendix II",
                                "x".repeat(4001)), "proposedChange"),
                arguments("control character", "/api/consultations",
                        consultation("\"activityCodes\":[\"C3\"]").replace("Prop. 12", "Prop.\\u0007 12"),
                        "proposal"),
                arguments("a blank-looking Hangul filler", "/api/consultations",
                        consultation("\"activityCodes\":[\"C3\"]").replace("CITES CoP20", "\u3164"), "meeting"),
                arguments("the blank Braille pattern", "/api/consultations",
                        consultation("\"activityCodes\":[\"C3\"]").replace("CITES CoP20", "CoP\u2800"), "meeting"),
                arguments("a variation selector", "/api/consultations",
                        consultation("\"activityCodes\":[\"C3\"]").replace("CITES CoP20", "CoP20\uFE0F"),
                        "meeting"),
                arguments("fifty stacked combining marks", "/api/consultations",
                        consultation("\"activityCodes\":[\"C3\"]").replace("CITES CoP20",
                                "e" + "\u0301".repeat(50)), "meeting"),
                arguments("unknown activity code", "/api/consultations", consultation("\"activityCodes\":[\"Z9\"]"),
                        "activityCodes[0]"),
                arguments("code of another programme", "/api/consultations",
                        consultation("\"activityCodes\":[\"E1\"],\"actedOn\":\"2016-03-01\"")
                                .replace(TOMORROW, "2016-06-01"), "activityCodes[0]"),
                arguments("no activity codes", "/api/consultations", consultation("\"activityCodes\":[]"),
                        "activityCodes"),
                arguments("unknown programme", "/api/consultations",
                        consultation("\"activityCodes\":[\"C3\"],\"programme\":\"2012-2014\""), "programme"),
                arguments("unreadable date", "/api/consultations",
                        consultation("\"activityCodes\":[\"C3\"]").replace(TOMORROW, "tomorrow"), "dueDate"),
                arguments("a field the API does not have", "/api/consultations",
                        consultation("\"activityCodes\":[\"C3\"],\"dueDat\":\"2025-01-01\""), "dueDat"),
                arguments("acted on in the future", "/api/consultations",
                        consultation("\"activityCodes\":[\"C3\"],\"actedOn\":\"" + TOMORROW + "\""), "actedOn"),
                arguments("due before the request", "/api/consultations",
                        consultation("\"activityCodes\":[\"C3\"]").replace(TOMORROW, "2021-01-01"), "dueDate"),
                arguments("loan ending before it starts", "/api/staff-loans", """
                        {"host":"CMS","role":"Officer","purpose":"CoP support","startDate":"2026-05-10",
                         "endDate":"2026-05-01","activityCodes":["D3"]}""", "endDate"),
                arguments("meeting ending before it starts", "/api/representations", """
                        {"representative":"CMS","body":"BLG","meeting":"BLG-16","startDate":"2026-05-10",
                         "endDate":"2026-05-01","activityCodes":["E3"]}""", "endDate"),
                arguments("unknown meeting body", "/api/representations", """
                        {"representative":"CMS","body":"UNGA","meeting":"UNGA-80","startDate":"2026-05-10",
                         "endDate":"2026-05-11","activityCodes":["E3"]}""", "body"),
                arguments("result for an unknown activity", "/api/activities/Q7/results", """
                        {"programme":"2021-2025","year":2024,"text":"x","joint":true}""", "code"),
                arguments("result year outside the programme", "/api/activities/D1/results", """
                        {"programme":"2021-2025","year":2019,"text":"x","joint":true}""", "year"),
                arguments("result year of the wrong type", "/api/activities/D1/results", """
                        {"programme":"2021-2025","year":"last","text":"x","joint":true}""", "year"),
                arguments("comment stating neither a position nor a text",
                        "/api/consultations/CITES-CONS-2026-0001/comment", "{\"text\":\" \"}", "text"),
                arguments("comment without text", "/api/consultations/CITES-CONS-2026-0001/comment",
                        "{\"position\":\"OPPOSE\"}", "text"),
                arguments("withdrawal without reason", "/api/consultations/CITES-CONS-2026-0001/withdrawal",
                        "{}", "reason"),
                arguments("attendance without outcome", "/api/representations/CITES-REP-2026-0001/attendance",
                        "{\"attendedOn\":\"2026-01-01\",\"statementDelivered\":true}", "outcome"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void isAnswered400NamingTheFieldAndChangesNothing(String what, String path, String body, String field) {
        long before = cites.eventCount();

        Http.Response r = http.post(path, body);

        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        JsonNode errors = r.json().get("errors");
        if (field.equals("$body")) {
            assertThat(errors.get(0).get("message").asText()).contains("malformed JSON");
        } else {
            assertThat(errors.findValuesAsText("field")).as(r.toString()).contains(field);
        }
        assertThat(cites.eventCount()).isEqualTo(before);
    }

    @ParameterizedTest(name = "Ledger-Assumed: {0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"colour", "consultationId", "requestedFrom", "note",
            "actedOn; drop table", "dueDate,dueDate,dueDate,dueDate,dueDate,dueDate,dueDate,dueDate,dueDate,dueDate,"
            + "dueDate,dueDate,dueDate"})
    void anAssumedValueTheStepDoesNotGiveIsAnswered400NamingTheHeader(String header) {
        long before = cites.eventCount();

        Http.Response r = http.send("POST", "/api/consultations", "application/json",
                consultation("\"activityCodes\":[\"C3\"]"), "Ledger-Assumed", header);

        assertProblem(r, 400);
        assertThat(r.json().get("errors").findValuesAsText("field")).as(r.toString()).contains("Ledger-Assumed");
        assertThat(cites.eventCount()).isEqualTo(before);
    }

    @Test
    void theValuesARecorderAssumedAreKeptWithTheStepAndShownAsAssumed() {
        Http.Response r = http.send("POST", "/api/consultations", "application/json",
                consultation("\"activityCodes\":[\"C3\"],\"actedOn\":\"2016-03-10\""),
                "Ledger-Assumed", "dueDate, actedOn");

        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        String id = r.json().get("id").asText();
        JsonNode step = cites.awaitProjected().http("auditor").get("/api/commitments/" + id).json()
                .get("history").get(0);
        assertThat(step.get("assumed")).extracting(JsonNode::asText).containsExactly("actedOn", "dueDate");
        assertThat(http.get("/items/" + id).body()).contains("2016-03-10 (date assumed)")
                .contains(TOMORROW + " (date assumed)");
    }

    @Test
    void aBodyStartingWithAByteOrderMarkIsAnswered400() {
        long before = cites.eventCount();

        Http.Response r = http.post("/api/consultations", "\uFEFF" + consultation("\"activityCodes\":[\"C3\"]"));

        assertProblem(r, 400);
        assertThat(r.json().get("detail").asText()).contains("byte-order mark");
        assertThat(cites.eventCount()).isEqualTo(before);
    }

    @Test
    void aSearchWithAControlCharacterIsAnswered400NotStoreUnavailable() {
        Http.Response r = http.get("/api/search?q=%00");

        assertProblem(r, 400);
        assertThat(r.json().get("errors").findValuesAsText("field")).contains("q");
    }

    @Test
    void aCorrectionIsHeldToTheRulesOfCreation() {
        Http.Response recorded = http.post("/api/activities/D1/results",
                "{\"programme\":\"2021-2025\",\"year\":2024,\"text\":\"Shared data\",\"joint\":true}");
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        String requested = cites.bean(org.jwp.ledger.node.ledger.LedgerStore.class).stream("CITES-CONS-2026-0001")
                .get(0).eventId();
        long before = cites.eventCount();

        Http.Response year = http.post("/api/results/" + recorded.json().get("id").asText() + "/correction",
                "{\"year\":1800,\"reason\":\"typo\"}");
        Http.Response due = http.post("/api/commitments/CITES-CONS-2026-0001/steps/" + requested + "/correction",
                "{\"dueDate\":\"1900-01-01\",\"reason\":\"typo\"}");

        assertProblem(year, 400);
        assertThat(year.json().get("errors").findValuesAsText("field")).contains("year");
        assertProblem(due, 400);
        assertThat(due.json().get("errors").findValuesAsText("field")).contains("dueDate");
        assertThat(cites.eventCount()).isEqualTo(before);
    }

    @Test
    void anUnknownActivityCodeIsAnsweredWithTheValidCodesOfThatProgramme() {
        Http.Response r = http.post("/api/consultations", consultation("\"activityCodes\":[\"C3\",\"Z9\"]"));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("validActivityCodes")).extracting(JsonNode::asText).contains("A1", "C3", "E4")
                .hasSize(37);
        assertThat(r.json().get("errors").get(0).get("message").asText()).contains("valid codes: A1, A2, A3, B1");
    }

    @Test
    void unknownItemsAreAnswered404() {
        long before = cites.eventCount();

        assertProblem(http.post("/api/consultations/CITES-CONS-2025-9999/extension",
                "{\"dueDate\":\"2027-01-01\"}"), 404);
        assertProblem(http.post("/api/consultations/no-such-thing/withdrawal", "{\"reason\":\"x\"}"), 404);
        assertProblem(http.post("/api/staff-loans/CMS-LOAN-2025-0001/agreement", null), 404);
        assertProblem(http.get("/api/commitments/CITES-CONS-2025-9999"), 404);

        assertThat(cites.eventCount()).isEqualTo(before);
    }

    @Test
    void aBodyThatIsNotJsonIsAnswered415() {
        long before = cites.eventCount();

        assertProblem(http.post("/api/consultations", "text/plain", "please ask CMS"), 415);

        assertThat(cites.eventCount()).isEqualTo(before);
    }

    @Test
    void filtersOfTheWrongShapeAreAnswered400() {
        assertProblem(http.get("/api/commitments?status=LOST"), 400);
        assertProblem(http.get("/api/commitments?type=TREATY"), 400);
        assertProblem(http.get("/api/commitments?activity="
                + java.net.URLEncoder.encode("';drop table commitment;--", java.nio.charset.StandardCharsets.UTF_8)), 400);
        assertProblem(http.get("/api/ledger/events?limit=100000"), 400);
    }

    private static void assertProblem(Http.Response r, int status) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
    }

    private static String consultation(String codes) {
        return """
                {"requestedFrom":"CMS","meeting":"CITES CoP20","proposal":"Prop. 12",
                 "taxon":"Carcharhinus longimanus","proposedChange":"Include in Appendix II",
                 "dueDate":"%s",%s}""".formatted(TOMORROW, codes);
    }
}
