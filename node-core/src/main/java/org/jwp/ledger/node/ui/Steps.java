package org.jwp.ledger.node.ui;

import org.jwp.ledger.events.CommentPosition;
import org.jwp.ledger.events.MeetingBody;
import org.jwp.ledger.node.lifecycle.Lifecycle;
import org.jwp.ledger.node.lifecycle.Side;
import org.jwp.ledger.node.ui.Field.Kind;
import org.jwp.ledger.node.ui.Step.Actor;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** Every workflow step staff can take in the web interface: one form per API write (docs/api.md). */
final class Steps {

    static final String CONSULTATION = "CONSULTATION";
    static final String LOAN = "STAFF_LOAN";
    static final String REPRESENTATION = "REPRESENTATION";

    private static final Field ACTIVITIES = Field.of("activityCodes", "Programme activities", Kind.ACTIVITIES, true,
            "one or more activities of one programme: the programme is the one whose activities are ticked");
    private static final Field NOTE = Field.longText("note", "Note", false);

    static final List<Step> ALL = List.of(
            new Step("request-consultation", "Ask for comments on a listing proposal", CONSULTATION, Actor.NEW,
                    "/api/consultations", List.of(peer("requestedFrom", "Comments requested from"),
                    Field.text("meeting", "Meeting (e.g. CITES CoP20)", true),
                    Field.text("proposal", "Proposal (e.g. Prop. 12)", true),
                    Field.text("taxon", "Taxon (scientific name)", true),
                    Field.longText("proposedChange", "Proposed change", true),
                    Field.date("dueDate", "Comments due by", true), ACTIVITIES, NOTE, Field.actedOn())),
            step("comment", "Submit a comment", CONSULTATION,
                    "/api/consultations/{id}/comment", List.of(Field.choice("position", "Position", false,
                    names(CommentPosition.values())), Field.longText("text", "Comment", false),
                    Field.text("documentRef", "Document reference", false), Field.actedOn())),
            step("decline-consultation", "Decline to comment", CONSULTATION,
                    "/api/consultations/{id}/decline", reason()),
            step("extend-consultation", "Extend the due date", CONSULTATION,
                    "/api/consultations/{id}/extension", List.of(Field.date("dueDate", "New due date", true),
                    Field.actedOn())),
            step("withdraw-consultation", "Withdraw the request", CONSULTATION,
                    "/api/consultations/{id}/withdrawal", reason()),
            new Step("propose-loan", "Propose a staff loan", LOAN, Actor.NEW, "/api/staff-loans",
                    List.of(peer("host", "Host secretariat"), Field.text("role", "Role of the staff member", true),
                            Field.longText("purpose", "Purpose", true), Field.date("startDate", "From", true),
                            Field.date("endDate", "Until", true),
                            // who is lent belongs with the loan, before the programme and the day it was recorded
                            Field.text("staffMemberName", "Staff member's name (personal data: stored sealed, "
                                    + "erasable)", false),
                            Field.text("staffMemberContact", "Staff member's contact (personal data)", false),
                            ACTIVITIES, Field.actedOn())),
            step("agree-loan", "Agree to the staff loan", LOAN, "/api/staff-loans/{id}/agreement", note()),
            step("decline-loan", "Decline the staff loan", LOAN, "/api/staff-loans/{id}/decline", note()),
            step("start-loan", "Record the start of the loan", LOAN, "/api/staff-loans/{id}/start", note()),
            step("complete-loan", "Record the completion of the loan", LOAN,
                    "/api/staff-loans/{id}/completion", List.of(Field.longText("outcome", "Outcome", true),
                    Field.actedOn())),
            step("cancel-loan", "Cancel the loan", LOAN, "/api/staff-loans/{id}/cancellation", note()),
            new Step("request-representation", "Ask to be represented at a meeting", REPRESENTATION, Actor.NEW,
                    "/api/representations", List.of(peer("representative", "Representative"),
                    Field.choice("body", "Body", true, names(MeetingBody.values())),
                    Field.text("meeting", "Meeting", true), Field.text("place", "Place", false),
                    Field.date("startDate", "From", true), Field.date("endDate", "Until", true),
                    Field.longText("brief", "Brief", false), ACTIVITIES, Field.actedOn())),
            step("accept-representation", "Accept to represent", REPRESENTATION,
                    "/api/representations/{id}/acceptance", note()),
            step("decline-representation", "Decline to represent", REPRESENTATION,
                    "/api/representations/{id}/decline", note()),
            step("attend", "Report on the meeting attended", REPRESENTATION, "/api/representations/{id}/attendance",
                    List.of(Field.date("attendedOn", "Attended on", true),
                            Field.of("statementDelivered", "A statement was delivered", Kind.CHECKBOX, false, null),
                            Field.longText("outcome", "Outcome", true),
                            Field.of("documentRefs", "Document references", Kind.LINES, false, "one per line"),
                            Field.actedOn())),
            step("acknowledge", "Acknowledge the representative's report", REPRESENTATION,
                    "/api/representations/{id}/acknowledgement", note()),
            new Step("record-result", "Record results for the implementation report", null, Actor.NEW,
                    "/api/results", List.of(ACTIVITIES,
                    Field.of("year", "Year", Kind.NUMBER, true, null),
                    Field.longText("text", "Results, as the paragraph should read in the report (*italic* for "
                            + "taxon names and titles)", true),
                    Field.of("documentRefs", "Document references", Kind.LINES, false, "one per line"),
                    Field.of("species", "Species", Kind.LINES, false, "scientific names, one per line"),
                    Field.of("joint", "Joint activity of both secretariats", Kind.CHECKBOX, false, null),
                    Field.actedOn())));

    private Steps() {
    }

    static Optional<Step> byKey(String key) {
        return ALL.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    /** Whether someone waits for this step; withdrawing, extending or cancelling one's own request is optional. */
    static boolean awaited(Step step) {
        return !Set.of("extend-consultation", "withdraw-consultation", "cancel-loan").contains(step.key());
    }

    static List<Step> newItems() {
        return ALL.stream().filter(Step::startsNewItem).toList();
    }

    static List<Step> offeredFor(String type, String status, boolean weOwnIt) {
        return ALL.stream().filter(s -> s.offeredFor(type, status, weOwnIt)).toList();
    }

    /**
     * A step on an existing item: who takes it and in which statuses is its workflow's lifecycle's word, not the
     * page's; the page adds its title, form and request.
     */
    private static Step step(String key, String title, String type, String path, List<Field> fields) {
        org.jwp.ledger.node.lifecycle.Step rule = Lifecycle.of(type).step(key).orElseThrow(
                () -> new IllegalStateException("no step " + key + " in the " + type + " lifecycle"));
        return new Step(key, title, type, rule.side() == Side.OWNER ? Actor.OWNER : Actor.COUNTERPART, path,
                fields);
    }

    private static Field peer(String name, String label) {
        return Field.of(name, label, Kind.FIXED, true, null);
    }

    private static List<Field> reason() {
        return List.of(Field.longText("reason", "Reason", true), Field.actedOn());
    }

    private static List<Field> note() {
        return List.of(NOTE, Field.actedOn());
    }

    private static List<String> names(Enum<?>[] values) {
        return Stream.of(values).map(Enum::name).toList();
    }
}
