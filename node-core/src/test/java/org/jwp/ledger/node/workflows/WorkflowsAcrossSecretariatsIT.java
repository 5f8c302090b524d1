package org.jwp.ledger.node.workflows;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.jwp.ledger.node.support.Http;
import org.jwp.ledger.node.support.NodePair;
import org.jwp.ledger.node.support.RunningNode;

import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jwp.ledger.node.workflows.WorkflowSteps.*;
import static org.awaitility.Awaitility.await;

/**
 * Every workflow end to end through both secretariats' REST APIs: each step recorded on the acting secretariat's
 * node, the other's events arriving by replication, the final state visible on both.
 */
class WorkflowsAcrossSecretariatsIT {

    private static NodePair pair;
    private static RunningNode cites;
    private static RunningNode cms;
    private static Http citesOfficer;
    private static Http cmsOfficer;

    @BeforeAll
    static void startBothNodes() {
        pair = NodePair.start();
        cites = pair.cites();
        cms = pair.cms();
        citesOfficer = cites.http("cites-officer");
        cmsOfficer = cms.http("cms-officer");
    }

    @AfterAll
    static void stopBothNodes() {
        pair.close();
    }

    @AfterEach
    void bothNodesHoldTheSameLedger() {
        pair.awaitConverged();
    }

    @Test
    void citesAsksCmsForCommentsAndCmssCommentReachesCites() {
        String id = created(citesOfficer.post("/api/consultations", """
                {"requestedFrom":"CMS","meeting":"CITES CoP20","proposal":"Prop. 12",
                 "taxon":"Carcharhinus longimanus","proposedChange":"Include in Appendix II",
                 "dueDate":"%s","activityCodes":["C3","B18"],"note":"Marine species"}""".formatted(inDays(30))));
        assertThat(id).matches("CITES-CONS-\\d{4}-\\d{4}");

        exchange();
        assertThat(settled(cms, id, "REQUESTED").get("owner").asText()).isEqualTo("CITES");

        Http.Response comment = cmsOfficer.post("/api/consultations/" + id + "/comment", """
                {"position":"SUPPORT","text":"Listed in CMS Appendix II.","documentRef":"CoP20 Doc. 105.3"}""");
        assertThat(comment.status()).as(comment.toString()).isEqualTo(200);
        assertThat(comment.json().get("status").asText()).isEqualTo("COMMENTED");

        exchange();
        for (RunningNode node : List.of(cites, cms)) {
            JsonNode item = settled(node, id, "COMMENTED");
            assertThat(item.get("counterpart").asText()).isEqualTo("CMS");
            assertThat(item.get("overdue").asBoolean()).isFalse();
            assertThat(item.get("activityCodes")).extracting(JsonNode::asText).containsExactly("C3", "B18");
            assertThat(history(item)).containsExactly(
                    "ConsultationRequested by cites-officer at CITES",
                    "ConsultationCommentSubmitted by cms-officer at CMS");
        }
    }

    @Test
    void citesExtendsTheDueDateThenWithdrawsAndCmsCannotAnswerAnyMore() {
        String id = created(citesOfficer.post("/api/consultations", consultation(inDays(10))));
        assertThat(citesOfficer.post("/api/consultations/" + id + "/extension",
                "{\"dueDate\":\"" + inDays(20) + "\"}").status()).isEqualTo(200);
        assertThat(citesOfficer.post("/api/consultations/" + id + "/withdrawal",
                "{\"reason\":\"Proposal withdrawn by its proponent\"}").status()).isEqualTo(200);

        exchange();
        assertThat(settled(cms, id, "WITHDRAWN").has("deadline")).as("no deadline once closed").isFalse();
        Http.Response late = cmsOfficer.post("/api/consultations/" + id + "/comment",
                "{\"position\":\"NEUTRAL\",\"text\":\"late\"}");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("currentStatus").asText()).isEqualTo("WITHDRAWN");
    }

    @Test
    void cmsDeclinesToCommentOnACitesRequest() {
        String id = created(citesOfficer.post("/api/consultations", consultation(inDays(10))));
        exchange();
        settled(cms, id, "REQUESTED");

        assertThat(cmsOfficer.post("/api/consultations/" + id + "/decline",
                "{\"reason\":\"Not a CMS-listed species\"}").status()).isEqualTo(200);

        exchange();
        settled(cites, id, "DECLINED");
        assertThat(citesOfficer.post("/api/consultations/" + id + "/withdrawal", "{\"reason\":\"x\"}").status())
                .isEqualTo(409);
    }

    @Test
    void cmsLendsStaffToCitesWhoAgreesAndTheLoanRunsItsCourse() {
        String id = created(cmsOfficer.post("/api/staff-loans", """
                {"host":"CITES","role":"Programme Officer","purpose":"Support to the conduct of CoP20",
                 "startDate":"%s","endDate":"%s","activityCodes":["D3"]}""".formatted(inDays(5), inDays(40))));
        exchange();
        settled(cites, id, "PROPOSED");

        assertThat(cmsOfficer.post("/api/staff-loans/" + id + "/start", null).status())
                .as("cannot start before the host agrees").isEqualTo(409);
        assertThat(cmsOfficer.post("/api/staff-loans/" + id + "/agreement", null).status())
                .as("the lender cannot agree for the host").isEqualTo(409);

        assertThat(citesOfficer.post("/api/staff-loans/" + id + "/agreement", "{\"note\":\"Welcome\"}").status())
                .isEqualTo(200);
        exchange();
        settled(cms, id, "AGREED");

        assertThat(cmsOfficer.post("/api/staff-loans/" + id + "/start", "{}").status()).isEqualTo(200);
        assertThat(cmsOfficer.post("/api/staff-loans/" + id + "/completion",
                "{\"outcome\":\"Supported the CoP committees\"}").status()).isEqualTo(200);
        exchange();
        for (RunningNode node : List.of(cites, cms)) {
            assertThat(history(settled(node, id, "COMPLETED"))).containsExactly(
                    "StaffLoanProposed by cms-officer at CMS",
                    "StaffLoanAgreed by cites-officer at CITES",
                    "StaffLoanStarted by cms-officer at CMS",
                    "StaffLoanCompleted by cms-officer at CMS");
        }
    }

    @Test
    void aLoanTheHostDeclinesCannotStartAndAnotherIsCancelled() {
        String declined = created(citesOfficer.post("/api/staff-loans", loan("CMS")));
        String cancelled = created(citesOfficer.post("/api/staff-loans", loan("CMS")));
        exchange();
        settled(cms, declined, "PROPOSED");
        assertThat(cmsOfficer.post("/api/staff-loans/" + declined + "/decline", "{\"note\":\"No desk\"}").status())
                .isEqualTo(200);
        assertThat(citesOfficer.post("/api/staff-loans/" + cancelled + "/cancellation", null).status())
                .isEqualTo(200);

        exchange();
        settled(cites, declined, "DECLINED");
        settled(cms, cancelled, "CANCELLED");
        assertThat(cmsOfficer.post("/api/staff-loans/" + cancelled + "/agreement", null).status()).isEqualTo(409);
    }

    @Test
    void cmsRepresentsCitesAtIpbesAndCitesAcknowledgesTheReport() {
        String id = created(citesOfficer.post("/api/representations", """
                {"representative":"CMS","body":"IPBES","meeting":"IPBES-11","place":"Windhoek",
                 "startDate":"%s","endDate":"%s","brief":"Deliver the joint statement","activityCodes":["E3"]}"""
                .formatted(inDays(-20), inDays(-14))));
        exchange();
        settled(cms, id, "REQUESTED");

        assertThat(cmsOfficer.post("/api/representations/" + id + "/attendance", attendance()).status())
                .as("attendance needs acceptance first").isEqualTo(409);
        assertThat(cmsOfficer.post("/api/representations/" + id + "/acceptance", null).status()).isEqualTo(200);
        assertThat(cmsOfficer.post("/api/representations/" + id + "/attendance", attendance()).status())
                .isEqualTo(200);
        exchange();
        settled(cites, id, "ATTENDED");

        assertThat(citesOfficer.post("/api/representations/" + id + "/acknowledgement", "{\"note\":\"Thanks\"}")
                .status()).isEqualTo(200);
        exchange();
        JsonNode onCms = settled(cms, id, "ACKNOWLEDGED");
        assertThat(onCms.get("details").get("RepresentationAttended").get("documentRefs").get(0).asText())
                .isEqualTo("IPBES/11/INF/12");
    }

    @Test
    void cmsDeclinesARepresentation() {
        String id = created(citesOfficer.post("/api/representations", """
                {"representative":"CMS","body":"BLG","meeting":"BLG-16","startDate":"%s","endDate":"%s",
                 "activityCodes":["E3"]}""".formatted(inDays(20), inDays(21))));
        exchange();
        settled(cms, id, "REQUESTED");
        assertThat(cmsOfficer.post("/api/representations/" + id + "/decline", "{\"note\":\"No budget\"}")
                .status()).isEqualTo(200);
        exchange();
        settled(cites, id, "DECLINED");
    }

    @Test
    void aResultRecordedByCmsIsReadOnBothNodes() {
        Http.Response r = cmsOfficer.post("/api/activities/D1/results", """
                {"programme":"2021-2025","year":2024,"text":"Annual coordination meeting held in Bonn",
                 "documentRefs":["SC78 Doc. 12"],"species":["Saiga tatarica"],"joint":true}""");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        String id = r.json().get("id").asText();
        assertThat(r.location()).isEqualTo("/api/activities/D1/results/" + id);

        exchange();
        for (RunningNode node : List.of(cites, cms)) {
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                JsonNode results = node.http("auditor").get("/api/activities/D1/results?year=2024").json();
                assertThat(results.findValuesAsText("id")).contains(id);
            });
        }
        assertThat(cites.http("auditor").get("/api/activities/D1/results/" + id).json().get("recordedBy").asText())
                .isEqualTo("CMS");
    }

    @Test
    void aNodeRefusesToActForTheOtherSecretariat() {
        String citesItem = created(citesOfficer.post("/api/consultations", consultation(inDays(10))));
        exchange();
        settled(cms, citesItem, "REQUESTED");

        Http.Response extendOthers = cmsOfficer.post("/api/consultations/" + citesItem + "/extension",
                "{\"dueDate\":\"" + inDays(50) + "\"}");
        assertThat(extendOthers.status()).isEqualTo(409);
        assertThat(extendOthers.contentType()).startsWith("application/problem+json");
        assertThat(extendOthers.json().get("detail").asText()).contains("belongs to CITES");

        Http.Response answerOwn = citesOfficer.post("/api/consultations/" + citesItem + "/comment",
                "{\"position\":\"SUPPORT\",\"text\":\"we like our own proposal\"}");
        assertThat(answerOwn.status()).isEqualTo(409);
        assertThat(answerOwn.json().get("detail").asText()).contains("cannot answer for CMS");
    }

    @Test
    void commitmentsCanBeFilteredAndOverdueOnesComeFirst() {
        String overdue = created(citesOfficer.post("/api/consultations", """
                {"requestedFrom":"CMS","meeting":"CITES CoP19","proposal":"Prop. 37","taxon":"Requiem sharks",
                 "proposedChange":"Include in Appendix II","dueDate":"%s","activityCodes":["C3"],
                 "actedOn":"%s"}""".formatted(inDays(-3), inDays(-30))));
        settled(cites, overdue, "REQUESTED");

        JsonNode overdueOnes = citesOfficer.get("/api/commitments?overdue=true").json();
        assertThat(overdueOnes.findValuesAsText("id")).contains(overdue);
        assertThat(StreamSupport.stream(overdueOnes.spliterator(), false).allMatch(n -> n.get("overdue").asBoolean()))
                .isTrue();
        assertThat(citesOfficer.get("/api/commitments").json().get(0).get("overdue").asBoolean()).isTrue();
        assertThat(citesOfficer.get("/api/commitments?type=CONSULTATION&status=REQUESTED&counterpart=CMS"
                + "&activity=C3").json().findValuesAsText("id")).contains(overdue);
        assertThat(citesOfficer.get("/api/commitments?type=STAFF_LOAN").json().findValuesAsText("id"))
                .doesNotContain(overdue);
        assertThat(citesOfficer.get("/api/commitments?activity=E4").json().findValuesAsText("id"))
                .doesNotContain(overdue);
    }

    @Test
    void everyEventCarriesOriginUserTimeAndCorrelation() {
        String id = created(citesOfficer.post("/api/consultations", consultation(inDays(10))));
        JsonNode events = cites.http("auditor").get("/api/ledger/events?origin=CITES&limit=1000").json();
        JsonNode mine = StreamSupport.stream(events.spliterator(), false)
                .filter(e -> e.get("aggregateId").asText().equals(id)).findFirst().orElseThrow();

        JsonNode meta = mine.get("metadata");
        assertThat(meta.get("origin").asText()).isEqualTo("CITES");
        assertThat(meta.get("recordedBy").asText()).isEqualTo("cites-officer");
        assertThat(meta.get("recordedAt").asText()).endsWith("Z");
        assertThat(meta.get("correlationId").asText()).isNotBlank();
        assertThat(mine.get("type").asText()).isEqualTo("ConsultationRequested");
        assertThat(mine.get("revision").asText()).isEqualTo("1");
    }

    private static void exchange() {
        pair.awaitConverged();
    }
}
