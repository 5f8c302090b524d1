package org.jwp.ledger.node.correction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.jwp.ledger.events.ActivityCode;
import org.jwp.ledger.events.CommentPosition;
import org.jwp.ledger.events.DocumentReference;
import org.jwp.ledger.events.EventContracts;
import org.jwp.ledger.events.Meeting;
import org.jwp.ledger.events.MeetingBody;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.events.Taxon;
import org.jwp.ledger.events.consultation.ConsultationCommentSubmitted;
import org.jwp.ledger.events.consultation.ConsultationDueDateExtended;
import org.jwp.ledger.events.consultation.ConsultationRequested;
import org.jwp.ledger.events.correction.StepCorrected;
import org.jwp.ledger.events.representation.RepresentationAccepted;
import org.jwp.ledger.events.representation.RepresentationAttended;
import org.jwp.ledger.events.representation.RepresentationRequested;
import org.jwp.ledger.events.staffloan.StaffLoanAgreed;
import org.jwp.ledger.events.staffloan.StaffLoanProposed;
import org.jwp.ledger.node.consultation.Consultation;
import org.jwp.ledger.node.consultation.ConsultationCommands.ExtendDueDate;
import org.jwp.ledger.node.consultation.ConsultationReply;
import org.jwp.ledger.node.ledger.CommandRefused;
import org.jwp.ledger.node.ledger.FakeStreams;
import org.jwp.ledger.node.representation.Representation;
import org.jwp.ledger.node.representation.RepresentationResponse;
import org.jwp.ledger.node.staffloan.StaffLoan;
import org.jwp.ledger.node.staffloan.StaffLoanResponse;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A recorded step's descriptive fields are corrected by a new event in the step's own stream, with a reason; what
 * decides where the item stands is not corrected, and a correction must change something.
 */
class StepCorrectionTest {

    private static final String CONS = "CITES-CONS-2025-0003";
    private static final String REPLY = "CMS-RE-" + CONS;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final ConsultationRequested REQUESTED = new ConsultationRequested(CONS, Secretariat.CITES,
            Secretariat.CMS, Meeting.of("CITES CoP20"), "Prop. 12", Taxon.of("Carcharhinus longimanus"),
            "Include in Appendix II", LocalDate.of(2025, 6, 30), "2021-2025", List.of(ActivityCode.of("C3")), null,
            LocalDate.of(2025, 4, 2));
    private static final ConsultationCommentSubmitted COMMENTED = new ConsultationCommentSubmitted(REPLY, CONS,
            Secretariat.CMS, CommentPosition.SUPPORT, "CMS supports the proposal.", DocumentReference.of("CoP20 Inf. 1"),
            LocalDate.of(2025, 7, 4));

    @Test
    void theDateAndReferenceOfACommentAreCorrectedWithAReason() {
        fixture(ConsultationReply.class).given(COMMENTED)
                .when(correct(REPLY, ConsultationCommentSubmitted.class, Map.of("actedOn", text("2025-06-27"),
                        "documentRef", text("CoP20 Inf. 12")), "Sent on 27 June under Inf. 12.")
                        .to(CorrectStep.CONSULTATION_REPLY))
                .expectEvents(corrected(ConsultationCommentSubmitted.class, Map.of("actedOn", text("2025-06-27"),
                        "documentRef", text("CoP20 Inf. 12")), "Sent on 27 June under Inf. 12."));
    }

    @Test
    void aCorrectionWithoutAReasonIsRefused() {
        fixture(ConsultationReply.class).given(COMMENTED)
                .when(correct(REPLY, ConsultationCommentSubmitted.class, Map.of("actedOn", text("2025-06-27")), " ")
                        .to(CorrectStep.CONSULTATION_REPLY))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void aCorrectionThatNamesNoFieldIsRefused() {
        fixture(ConsultationReply.class).given(COMMENTED)
                .when(correct(REPLY, ConsultationCommentSubmitted.class, Map.of(), "Nothing.")
                        .to(CorrectStep.CONSULTATION_REPLY))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void thePositionOfACommentIsNotCorrectedItIsWhereTheItemStands() {
        fixture(ConsultationReply.class).given(COMMENTED)
                .when(correct(REPLY, ConsultationCommentSubmitted.class, Map.of("position", text("OPPOSE")),
                        "Changed our mind.").to(CorrectStep.CONSULTATION_REPLY))
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("cannot be corrected: position"))
                .expectNoEvents();
    }

    @Test
    void aStepThisStreamDoesNotHoldIsRefused() {
        fixture(ConsultationReply.class).given(COMMENTED)
                .when(correct(REPLY, ConsultationRequested.class, Map.of("note", text("x")), "Wrong stream.")
                        .to(CorrectStep.CONSULTATION_REPLY))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void theRequestersNoteIsCorrectedInTheConsultationsStream() {
        fixture(Consultation.class).given(REQUESTED)
                .when(correct(CONS, ConsultationRequested.class, Map.of("note", text("CMS is a statutory consultee.")),
                        "The note was missing.").to(CorrectStep.CONSULTATION))
                .expectEvents(corrected(ConsultationRequested.class, Map.of("note",
                        text("CMS is a statutory consultee.")), "The note was missing."));
    }

    @Test
    void anExtensionMustPassTheDueDateAsCorrected() {
        requestDueLater(fixture(Consultation.class))
                .when(new ExtendDueDate(CONS, LocalDate.of(2025, 7, 15), LocalDate.of(2025, 6, 20)))
                .expectException(CommandRefused.class)
                .expectNoEvents();
        requestDueLater(fixture(Consultation.class))
                .when(new ExtendDueDate(CONS, LocalDate.of(2025, 8, 15), LocalDate.of(2025, 6, 20)))
                .expectEvents(new ConsultationDueDateExtended(CONS, LocalDate.of(2025, 7, 31),
                        LocalDate.of(2025, 8, 15), LocalDate.of(2025, 6, 20)));
    }

    @Test
    void theDatesOfAStaffLoanProposalAreCorrected() {
        String loan = "CMS-LOAN-2024-0001";
        fixture(StaffLoan.class).given(new StaffLoanProposed(loan, Secretariat.CMS, Secretariat.CITES, "Officer",
                        "CoP support", LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 20), "2021-2025",
                        List.of(ActivityCode.of("D3")), LocalDate.of(2024, 11, 1), null))
                .when(correct(loan, loan, StaffLoanProposed.class, Map.of("endDate", text("2025-03-20")),
                        "The loan was agreed for seven weeks.").to(CorrectStep.STAFF_LOAN))
                .expectEvents(new StepCorrected(loan, "e1", EventContracts.typeName(StaffLoanProposed.class),
                        new TreeMap<>(Map.of("endDate", text("2025-03-20"))), "The loan was agreed for seven weeks.",
                        TODAY));
    }

    @Test
    void theHostsAgreementNoteIsCorrectedInItsOwnStream() {
        String loan = "CMS-LOAN-2024-0001";
        String response = "CITES-RE-" + loan;
        fixture(StaffLoanResponse.class).given(new StaffLoanAgreed(response, loan, Secretariat.CITES, null,
                        LocalDate.of(2025, 1, 10)))
                .when(correct(response, loan, StaffLoanAgreed.class, Map.of("note", text("Agreed by the SG.")),
                        "The note was left out.").to(CorrectStep.STAFF_LOAN_RESPONSE))
                .expectEvents(new StepCorrected(loan, "e1", EventContracts.typeName(StaffLoanAgreed.class),
                        new TreeMap<>(Map.of("note", text("Agreed by the SG."))), "The note was left out.", TODAY));
    }

    @Test
    void thePlaceOfARepresentationRequestIsCorrected() {
        String rep = "CITES-REP-2024-0003";
        fixture(Representation.class).given(new RepresentationRequested(rep, Secretariat.CITES, Secretariat.CMS,
                        MeetingBody.IPBES, Meeting.of("IPBES-11"), "Windhoek", LocalDate.of(2024, 12, 10),
                        LocalDate.of(2024, 12, 16), null, "2021-2025", List.of(ActivityCode.of("D1")),
                        LocalDate.of(2024, 10, 1)))
                .when(correct(rep, rep, RepresentationRequested.class, Map.of("place", text("Windhoek, Namibia")),
                        "Country added.").to(CorrectStep.REPRESENTATION))
                .expectEvents(new StepCorrected(rep, "e1", EventContracts.typeName(RepresentationRequested.class),
                        new TreeMap<>(Map.of("place", text("Windhoek, Namibia"))), "Country added.", TODAY));
    }

    @Test
    void theAttendanceOfTheRepresentativeIsCorrectedButNotWhoAttended() {
        String rep = "CITES-REP-2024-0003";
        String response = "CMS-RE-" + rep;
        RepresentationAttended attended = new RepresentationAttended(response, rep, Secretariat.CMS,
                LocalDate.of(2024, 12, 12), false, "Nexus assessment approved.",
                List.of(DocumentReference.of("IPBES/11/INF/12")), LocalDate.of(2024, 12, 18));
        fixture(RepresentationResponse.class).given(accepted(response, rep), attended)
                .when(correct(response, rep, RepresentationAttended.class, Map.of("statementDelivered",
                        BooleanNode.TRUE), "The statement was delivered in plenary.")
                        .to(CorrectStep.REPRESENTATION_RESPONSE))
                .expectEvents(new StepCorrected(rep, "e1", EventContracts.typeName(RepresentationAttended.class),
                        new TreeMap<>(Map.of("statementDelivered", BooleanNode.TRUE)),
                        "The statement was delivered in plenary.", TODAY));
        fixture(RepresentationResponse.class).given(accepted(response, rep), attended)
                .when(correct(response, rep, RepresentationAttended.class, Map.of("attendedBy", text("CITES")),
                        "Not us.").to(CorrectStep.REPRESENTATION_RESPONSE))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    private static RepresentationAccepted accepted(String response, String rep) {
        return new RepresentationAccepted(response, rep, Secretariat.CMS, null, LocalDate.of(2024, 11, 1));
    }

    private static <T> AggregateTestFixture<T> fixture(Class<T> aggregate) {
        AggregateTestFixture<T> fixture = new AggregateTestFixture<>(aggregate);
        fixture.registerInjectableResource(new FakeStreams());
        return fixture;
    }

    /** The request, then a correction of its due date to 31 July, naming the request's event as stored. */
    private static org.axonframework.test.aggregate.TestExecutor<Consultation> requestDueLater(
            AggregateTestFixture<Consultation> fixture) {
        var given = fixture.given(REQUESTED);
        String requestId = fixture.getEventStore().readEvents(CONS).next().getIdentifier();
        return given.andGiven(new StepCorrected(CONS, requestId, EventContracts.typeName(ConsultationRequested.class),
                new TreeMap<>(Map.of("dueDate", text("2025-07-31"))), "The request gave 31 July.", TODAY));
    }

    private static CorrectStep correct(String stream, Class<?> step, Map<String, JsonNode> changes, String reason) {
        return correct(stream, CONS, step, changes, reason);
    }

    private static CorrectStep correct(String stream, String item, Class<?> step, Map<String, JsonNode> changes,
                                       String reason) {
        String stepEventId = step == ConsultationRequested.class ? "request-1" : "e1";
        return new CorrectStep(stream, item, stepEventId, EventContracts.typeName(step), changes, reason, TODAY);
    }

    private static StepCorrected corrected(Class<?> step, Map<String, JsonNode> changes, String reason) {
        String stepEventId = step == ConsultationRequested.class ? "request-1" : "e1";
        return new StepCorrected(CONS, stepEventId, EventContracts.typeName(step), new TreeMap<>(changes), reason,
                TODAY);
    }

    private static JsonNode text(String value) {
        return TextNode.valueOf(value);
    }
}
