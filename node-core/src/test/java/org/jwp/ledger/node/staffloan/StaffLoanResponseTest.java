package org.jwp.ledger.node.staffloan;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jwp.ledger.node.ledger.CommandRefused;
import org.jwp.ledger.node.ledger.FakeStreams;
import org.jwp.ledger.node.ledger.NotOwner;
import org.jwp.ledger.node.ledger.UnknownItem;
import org.jwp.ledger.node.staffloan.StaffLoanCommands.AgreeToStaffLoan;
import org.jwp.ledger.node.staffloan.StaffLoanCommands.DeclineStaffLoan;

import static org.jwp.ledger.node.staffloan.CopSupportLoan.*;

class StaffLoanResponseTest {

    private AggregateTestFixture<StaffLoanResponse> fixture;
    private FakeStreams cmsSide;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(StaffLoanResponse.class);
        cmsSide = new FakeStreams();
        fixture.registerInjectableResource(cmsSide);
    }

    @Test
    void theHostAgreesInItsOwnStream() {
        cmsSide.with(ID, proposed());

        fixture.givenNoPriorActivity()
                .when(new AgreeToStaffLoan(CITES_ANSWER, ID, null, AGREED_ON))
                .expectEvents(citesAgreed())
                .expectResultMessagePayload(StaffLoanStatus.AGREED);
    }

    @Test
    void theHostDeclines() {
        cmsSide.with(ID, proposed());

        fixture.givenNoPriorActivity()
                .when(new DeclineStaffLoan(CITES_ANSWER, ID, "No desk available.", AGREED_ON))
                .expectEvents(citesDeclined())
                .expectResultMessagePayload(StaffLoanStatus.DECLINED);
    }

    @Test
    void agreementByTheLendingSecretariatItselfIsRefused() {
        cmsSide.with(ID, proposed());

        fixture.givenNoPriorActivity()
                .when(new AgreeToStaffLoan(CMS_ANSWER, ID, "we agree with ourselves", AGREED_ON))
                .expectException(NotOwner.class)
                .expectNoEvents();
    }

    @Test
    void aCancelledLoanCannotBeAgreed() {
        cmsSide.with(ID, proposed(), cancelled());

        fixture.givenNoPriorActivity()
                .when(new AgreeToStaffLoan(CITES_ANSWER, ID, null, AGREED_ON))
                .expectException(CommandRefused.class)
                .expectNoEvents();
    }

    @Test
    void aSecondAnswerIsRefused() {
        cmsSide.with(ID, proposed());

        fixture.given(citesAgreed())
                .when(new DeclineStaffLoan(CITES_ANSWER, ID, "changed our mind", AGREED_ON))
                .expectException(CommandRefused.class)
                .expectNoEvents();
    }

    @Test
    void anAnswerToALoanThisLedgerDoesNotHoldIsRefusedAsUnknown() {
        fixture.givenNoPriorActivity()
                .when(new AgreeToStaffLoan(CITES_ANSWER, ID, null, AGREED_ON))
                .expectException(UnknownItem.class)
                .expectNoEvents();
    }
}
