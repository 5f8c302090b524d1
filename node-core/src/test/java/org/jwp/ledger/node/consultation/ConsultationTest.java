package org.jwp.ledger.node.consultation;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.events.consultation.ConsultationDueDateExtended;
import org.jwp.ledger.events.consultation.ConsultationWithdrawn;
import org.jwp.ledger.node.consultation.ConsultationCommands.ExtendDueDate;
import org.jwp.ledger.node.consultation.ConsultationCommands.RequestConsultation;
import org.jwp.ledger.node.consultation.ConsultationCommands.WithdrawConsultation;
import org.jwp.ledger.node.ledger.CommandRefused;
import org.jwp.ledger.node.ledger.FakeStreams;

import java.time.LocalDate;

import static org.jwp.ledger.node.consultation.SharkProposal.*;

class ConsultationTest {

    private static final LocalDate LATER = DUE.plusDays(15);

    private AggregateTestFixture<Consultation> fixture;
    private FakeStreams cmsSide;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Consultation.class);
        cmsSide = new FakeStreams();
        fixture.registerInjectableResource(cmsSide);
    }

    @Test
    void aRequestForTheOtherSecretariatsCommentsIsRecorded() {
        fixture.givenNoPriorActivity()
                .when(askCms())
                .expectSuccessfulHandlerExecution()
                .expectEvents(askedOfCms());
    }

    @Test
    void aSecretariatCannotAskItselfForComments() {
        RequestConsultation askItself = new RequestConsultation(ID, Secretariat.CITES, COP20, "Prop. 12", WHITETIP,
                "Include in Appendix II", DUE, "2021-2025", CODES, null, ASKED);

        fixture.givenNoPriorActivity()
                .when(askItself)
                .expectException(CommandRefused.class)
                .expectNoEvents();
    }

    @Test
    void theDueDateCanBeExtendedWhileNoAnswerHasArrived() {
        fixture.given(askedOfCms())
                .when(new ExtendDueDate(ID, LATER, DUE))
                .expectEvents(new ConsultationDueDateExtended(ID, DUE, LATER, DUE))
                .expectResultMessagePayload(ConsultationStatus.REQUESTED);
    }

    @Test
    void anExtensionMustMoveTheDueDateLater() {
        fixture.given(askedOfCms())
                .when(new ExtendDueDate(ID, DUE, DUE))
                .expectException(CommandRefused.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("must be after"))
                .expectNoEvents();
    }

    @Test
    void aConsultationCmsHasCommentedOnCannotBeExtended() {
        cmsSide.with(CMS_REPLY, cmsSupported());

        fixture.given(askedOfCms())
                .when(new ExtendDueDate(ID, LATER, DUE))
                .expectException(CommandRefused.class)
                .expectNoEvents();
    }

    @Test
    void aWithdrawnConsultationCannotBeExtended() {
        fixture.given(askedOfCms(), withdrawn())
                .when(new ExtendDueDate(ID, LATER, DUE))
                .expectException(CommandRefused.class)
                .expectNoEvents();
    }

    @Test
    void anUnansweredConsultationCanBeWithdrawn() {
        fixture.given(askedOfCms())
                .when(new WithdrawConsultation(ID, "Proposal withdrawn by its proponent.", ANSWERED))
                .expectEvents(new ConsultationWithdrawn(ID, "Proposal withdrawn by its proponent.", ANSWERED))
                .expectResultMessagePayload(ConsultationStatus.WITHDRAWN);
    }

    @Test
    void aConsultationCannotBeWithdrawnTwice() {
        fixture.given(askedOfCms(), withdrawn())
                .when(new WithdrawConsultation(ID, "again", ANSWERED))
                .expectException(CommandRefused.class)
                .expectNoEvents();
    }

    @Test
    void aConsultationCmsDeclinedCannotBeWithdrawn() {
        cmsSide.with(CMS_REPLY, cmsDeclined());

        fixture.given(askedOfCms())
                .when(new WithdrawConsultation(ID, "too late", ANSWERED))
                .expectException(CommandRefused.class)
                .expectNoEvents();
    }
}
