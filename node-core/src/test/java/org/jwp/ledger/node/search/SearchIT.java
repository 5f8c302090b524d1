package org.jwp.ledger.node.search;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.node.support.Http;
import org.jwp.ledger.node.support.RunningNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One search box over items and results: words of their texts (stemmed), ids and document references as typed,
 * species by scientific or common name and by shared-species group, so "sharks" finds a hammerhead.
 */
class SearchIT {

    private static RunningNode cites;
    private static String hammerhead;
    private static String elephant;
    private static String vultures;

    @BeforeAll
    static void aHammerheadAnElephantAndAVultureWorkshop() {
        cites = RunningNode.start(Secretariat.CITES);
        hammerhead = request("Sphyrna lewini", "Prop. 40");
        elephant = request("Loxodonta africana", "Prop. 4");
        Http.Response r = cites.http("officer").post("/api/results", "{\"programme\":\"2021-2025\","
                + "\"activityCodes\":[\"B13\"],\"year\":2025,\"text\":\"The Secretariats held joint capacity-building "
                + "workshops in West Africa.\",\"species\":[\"Gyps africanus\"],\"documentRefs\":[\"CoP19 Doc. 66\"],"
                + "\"joint\":true,\"actedOn\":\"2025-05-02\"}");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        vultures = r.json().get("id").asText();
        cites.awaitProjected();
    }

    @AfterAll
    static void stop() {
        cites.close();
    }

    @Test
    void aCommonNameFindsEverySpeciesOfItsGroup() {
        assertThat(ids("sharks")).containsExactly(hammerhead);
        assertThat(ids("Sharks and rays")).contains(hammerhead).doesNotContain(elephant);
        assertThat(ids("elephants")).containsExactly(elephant);
        assertThat(ids("vulture")).containsExactly(vultures);
        JsonNode hit = search("sharks").get(0);
        assertThat(hit.get("kind").asText()).isEqualTo("CONSULTATION");
        assertThat(hit.get("groups").toString()).contains("Sharks and rays");
        assertThat(hit.get("href").asText()).isEqualTo("/items/" + hammerhead);
    }

    @Test
    void wordsOfTheTextsAreFoundInAnyFormAndReferencesAndIdsAsTyped() {
        assertThat(ids("workshop")).as("stemmed: workshops").containsExactly(vultures);
        assertThat(ids("CoP19 Doc. 66")).containsExactly(vultures);
        assertThat(ids(elephant)).containsExactly(elephant);
        assertThat(ids("Prop. 40")).contains(hammerhead);
        assertThat(ids("lewini")).containsExactly(hammerhead);
        assertThat(ids("nothing of the sort zebra")).isEmpty();
    }

    @Test
    void aCorrectedResultIsFoundByItsNewWordsAndAWithdrawnOneNoLonger() {
        Http officer = cites.http("officer");
        String id = officer.post("/api/results", "{\"programme\":\"2021-2025\",\"activityCodes\":[\"D1\"],"
                + "\"year\":2025,\"text\":\"Coordination meeting in Bonn.\",\"joint\":true,\"actedOn\":\"2025-03-01\"}")
                .json().get("id").asText();
        assertThat(officer.post("/api/results/" + id + "/correction", "{\"text\":\"Coordination meeting in "
                + "Geneva.\",\"reason\":\"Wrong city.\"}").status()).isEqualTo(200);
        cites.awaitProjected();
        assertThat(ids("Geneva")).contains(id);
        assertThat(ids("Bonn")).doesNotContain(id);
        assertThat(officer.post("/api/results/" + id + "/withdrawal", "{\"reason\":\"Duplicate.\"}").status())
                .isEqualTo(200);
        cites.awaitProjected();
        assertThat(ids("Geneva")).doesNotContain(id);
    }

    @Test
    void thePageAndTheTimelineFindByGroupAndAnEmptyQueryIsRefused() {
        String page = cites.http("auditor").send("GET", "/search?q=sharks", null, null, "Accept", "text/html").body();
        assertThat(page).contains("href=\"/items/" + hammerhead + "\"", "Sharks and rays").doesNotContain(elephant);
        String timeline = cites.http("auditor").send("GET", "/ledger?species=sharks", null, null, "Accept",
                "text/html").body();
        assertThat(timeline).contains(hammerhead).doesNotContain(elephant);
        Http.Response empty = cites.http("auditor").get("/api/search?q=%20");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.header("Content-Type")).startsWith("application/problem+json");
    }

    private static String request(String taxon, String proposal) {
        Http.Response r = cites.http("officer").post("/api/consultations", "{\"requestedFrom\":\"CMS\","
                + "\"meeting\":\"CITES CoP20\",\"proposal\":\"" + proposal + "\",\"taxon\":\"" + taxon + "\","
                + "\"proposedChange\":\"Include in Appendix II\",\"dueDate\":\"2025-06-30\",\"programme\":\"2021-2025\","
                + "\"activityCodes\":[\"C3\"],\"actedOn\":\"2025-04-02\"}");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asText();
    }

    private static JsonNode search(String q) {
        Http.Response r = cites.http("auditor").get("/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    private static List<String> ids(String q) {
        return search(q).findValuesAsText("id");
    }
}
