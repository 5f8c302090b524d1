package org.jwp.ledger.node.demo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Set;

/**
 * The workflow steps the demo history is written in: each recorded on the acting secretariat's own node, and each
 * reply only once the item it answers has reached the replier's node by replication.
 */
abstract class DemoSteps {

    protected final DemoClient cites;
    protected final DemoClient cms;
    /**
     * The values the steps recorded now had to assume (the source does not state them): each request names those its
     * body gives, and the ledger keeps the note (RecordingMetadata, "assumed") for the report and pages to mark.
     */
    protected Set<String> assuming = Set.of();

    DemoSteps(DemoClient cites, DemoClient cms) {
        this.cites = cites;
        this.cms = cms;
    }

    protected DemoClient other(DemoClient node) {
        return node == cites ? cms : cites;
    }

    protected String name(DemoClient node) {
        return node == cites ? "CITES" : "CMS";
    }

    protected String consult(DemoClient requester, String meeting, String proposal, String taxon, String change,
                             String askedOn, String dueDate, String... codes) {
        ObjectNode b = DemoClient.body().put("requestedFrom", name(other(requester))).put("meeting", meeting)
                .put("proposal", proposal).put("taxon", taxon).put("proposedChange", change).put("dueDate", dueDate)
                .put("actedOn", askedOn);
        b.set("activityCodes", array(codes));
        String id = requester.create("/api/consultations", b, assuming);
        other(requester).awaitItem(id, "REQUESTED");
        return id;
    }

    /** {@code position} null: the comment states none. */
    protected void comment(DemoClient consulted, String id, String position, String text, String ref, String on) {
        ObjectNode b = DemoClient.body().put("text", text).put("actedOn", on);
        if (position != null) {
            b.put("position", position);
        }
        if (ref != null) {
            b.put("documentRef", ref);
        }
        consulted.step("/api/consultations/" + id + "/comment", b, assuming);
        other(consulted).awaitItem(id, "COMMENTED");
    }

    protected String lend(DemoClient lender, String role, String purpose, String start, String end,
                          String proposedOn, String... codes) {
        return lendNaming(lender, null, null, role, purpose, start, end, proposedOn, codes);
    }

    /** A loan naming the staff member (personal data: sealed by the node, erasable). */
    protected String lendNaming(DemoClient lender, String staffMember, String contact, String role, String purpose,
                                String start, String end, String proposedOn, String... codes) {
        ObjectNode b = DemoClient.body().put("host", name(other(lender))).put("role", role).put("purpose", purpose)
                .put("startDate", start).put("endDate", end).put("actedOn", proposedOn);
        if (staffMember != null) {
            b.put("staffMemberName", staffMember).put("staffMemberContact", contact);
        }
        b.set("activityCodes", array(codes));
        String id = lender.create("/api/staff-loans", b, assuming);
        other(lender).awaitItem(id, "PROPOSED");
        return id;
    }

    /** The host agrees, the lender records the start and, if given an outcome, the completion. */
    protected void loanRuns(DemoClient lender, String id, String agreedOn, String startedOn, String outcome,
                            String completedOn) {
        other(lender).step("/api/staff-loans/" + id + "/agreement", DemoClient.body().put("actedOn", agreedOn),
                assuming);
        lender.awaitItem(id, "AGREED");
        lender.step("/api/staff-loans/" + id + "/start", DemoClient.body().put("actedOn", startedOn), assuming);
        if (outcome != null) {
            lender.step("/api/staff-loans/" + id + "/completion",
                    DemoClient.body().put("outcome", outcome).put("actedOn", completedOn), assuming);
        }
        other(lender).awaitItem(id, outcome == null ? "STARTED" : "COMPLETED");
    }

    protected String represent(DemoClient requester, String body, String meeting, String place, String start,
                               String end, String brief, String askedOn, String... codes) {
        ObjectNode b = DemoClient.body().put("representative", name(other(requester))).put("body", body)
                .put("meeting", meeting).put("place", place).put("startDate", start).put("endDate", end)
                .put("brief", brief).put("actedOn", askedOn);
        b.set("activityCodes", array(codes));
        String id = requester.create("/api/representations", b, assuming);
        other(requester).awaitItem(id, "REQUESTED");
        return id;
    }

    protected void accept(DemoClient representative, String id, String on) {
        representative.step("/api/representations/" + id + "/acceptance", DemoClient.body().put("actedOn", on));
        other(representative).awaitItem(id, "ACCEPTED");
    }

    /** The representative reports attendance; the represented side acknowledges it. */
    protected void attendAndReport(DemoClient representative, String id, String attendedOn, boolean statement,
                                   String outcome, String reportedOn, String acknowledgedOn, String... refs) {
        ObjectNode b = DemoClient.body().put("attendedOn", attendedOn).put("statementDelivered", statement)
                .put("outcome", outcome).put("actedOn", reportedOn);
        b.set("documentRefs", array(refs));
        representative.step("/api/representations/" + id + "/attendance", b);
        other(representative).awaitItem(id, "ATTENDED");
        other(representative).step("/api/representations/" + id + "/acknowledgement",
                DemoClient.body().put("actedOn", acknowledgedOn));
        representative.awaitItem(id, "ACKNOWLEDGED");
    }

    protected void result(DemoClient node, String programme, String code, int year, boolean joint, String on,
                          String text, List<String> refs, List<String> species) {
        ObjectNode b = DemoClient.body().put("programme", programme).put("year", year).put("text", text)
                .put("joint", joint).put("actedOn", on);
        b.set("documentRefs", array(refs.toArray(String[]::new)));
        b.set("species", array(species.toArray(String[]::new)));
        node.create("/api/activities/" + code + "/results", b);
    }

    /** A result passage on one or more activities, as the annex writes it. */
    protected void passage(DemoClient node, String programme, AnnexPassages.Passage p) {
        ObjectNode b = DemoClient.body().put("programme", programme).put("year", p.year()).put("text", p.text())
                .put("joint", p.joint()).put("actedOn", p.actedOn());
        b.set("activityCodes", array(p.activityCodes().toArray(String[]::new)));
        b.set("documentRefs", array(p.documentRefs().toArray(String[]::new)));
        b.set("species", array(p.species().toArray(String[]::new)));
        node.create("/api/results", b, assuming);
    }

    private static ArrayNode array(String... values) {
        ArrayNode a = DemoClient.JSON.createArrayNode();
        for (String v : values) {
            a.add(v);
        }
        return a;
    }
}
