package org.jwp.ledger.node.workflows;

import com.fasterxml.jackson.databind.JsonNode;
import org.jwp.ledger.node.support.Http;
import org.jwp.ledger.node.support.RunningNode;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The request bodies and the readings of an item that the cross-secretariat workflow tests share. */
final class WorkflowSteps {

    private WorkflowSteps() {
    }

    static JsonNode settled(RunningNode node, String id, String status) {
        return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> node.http("auditor").get("/api/commitments/" + id),
                        r -> r.status() == 200 && status.equals(r.json().get("status").asText()))
                .json();
    }

    static List<String> history(JsonNode item) {
        return StreamSupport.stream(item.get("history").spliterator(), false)
                .map(h -> h.get("type").asText() + " by " + h.get("recordedBy").asText() + " at "
                        + h.get("origin").asText())
                .toList();
    }

    static String created(Http.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        String id = r.json().get("id").asText();
        assertThat(r.location()).isEqualTo("/api/commitments/" + id);
        return id;
    }

    static String inDays(int days) {
        return LocalDate.now().plusDays(days).toString();
    }

    static String consultation(String dueDate) {
        return """
                {"requestedFrom":"CMS","meeting":"CITES CoP20","proposal":"Prop. 3","taxon":"Gyps africanus",
                 "proposedChange":"Transfer to Appendix I","dueDate":"%s","activityCodes":["C3","B5"]}"""
                .formatted(dueDate);
    }

    static String loan(String host) {
        return """
                {"host":"%s","role":"Legal Officer","purpose":"Support to COP15","startDate":"%s","endDate":"%s",
                 "activityCodes":["D3"]}""".formatted(host, inDays(30), inDays(60));
    }

    static String attendance() {
        return """
                {"attendedOn":"%s","statementDelivered":true,"outcome":"Joint statement delivered",
                 "documentRefs":["IPBES/11/INF/12"]}""".formatted(inDays(-15));
    }
}
