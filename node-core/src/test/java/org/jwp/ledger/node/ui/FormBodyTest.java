package org.jwp.ledger.node.ui;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FormBodyTest {

    @Test
    void aConsultationFormBecomesTheApiRequestWithThePeerFixedByTheNode() {
        ObjectNode body = FormBody.of(Steps.byKey("request-consultation").orElseThrow(), Map.of(
                "requestedFrom", new String[]{"CITES"}, "meeting", new String[]{" CITES CoP20 "},
                "taxon", new String[]{"Gyps africanus"}, "activityCodes", new String[]{"C3", "B18", "C3"},
                "note", new String[]{""}, "_csrf", new String[]{"token"}), "CMS");
        assertThat(body.toString()).isEqualTo("{\"requestedFrom\":\"CMS\",\"meeting\":\"CITES CoP20\","
                + "\"taxon\":\"Gyps africanus\",\"activityCodes\":[\"C3\",\"B18\"]}");
    }

    @Test
    void linesBecomeAListCheckboxesBooleansAndActivitiesAList() {
        ObjectNode body = FormBody.of(Steps.byKey("record-result").orElseThrow(), Map.of(
                "activityCodes", new String[]{"D2", "D1"}, "year", new String[]{"2024"},
                "species", new String[]{"Saiga tatarica\r\n\r\n Ovis ammon "}, "joint", new String[]{"true"}), "CMS");
        assertThat(body.toString()).isEqualTo("{\"activityCodes\":[\"D2\",\"D1\"],\"year\":2024,"
                + "\"species\":[\"Saiga tatarica\",\"Ovis ammon\"],\"joint\":true}");
    }

    @Test
    void aYearThatIsNoNumberGoesOnAsTypedForTheApiToRefuse() {
        ObjectNode body = FormBody.of(Steps.byKey("record-result").orElseThrow(), Map.of(
                "year", new String[]{"twenty"}), "CMS");
        assertThat(body.get("year").asText()).isEqualTo("twenty");
        assertThat(body.get("year").isTextual()).isTrue();
    }

    @Test
    void anUncheckedBoxIsFalseAndAnEmptyListIsLeftOut() {
        ObjectNode body = FormBody.of(Steps.byKey("attend").orElseThrow(), Map.of(
                "documentRefs", new String[]{"  \n "}), "CITES");
        assertThat(body.toString()).isEqualTo("{\"statementDelivered\":false}");
    }
}
