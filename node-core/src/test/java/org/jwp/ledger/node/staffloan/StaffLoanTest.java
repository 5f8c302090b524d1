package org.jwp.ledger.node.staffloan;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jwp.ledger.events.PersonalData;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.events.staffloan.StaffLoanProposed;
import org.jwp.ledger.events.staffloan.StaffLoanCancelled;
import org.jwp.ledger.events.staffloan.StaffLoanCompleted;
import org.jwp.ledger.events.staffloan.StaffLoanStarted;
import org.jwp.ledger.node.ledger.CommandRefused;
import org.jwp.ledger.node.ledger.FakeStreams;
import org.jwp.ledger.node.staffloan.StaffLoanCommands.CancelStaffLoan;
import org.jwp.ledger.node.staffloan.StaffLoanCommands.CompleteStaffLoan;
import org.jwp.ledger.node.staffloan.StaffLoanCommands.ProposeStaffLoan;
import org.jwp.ledger.node.staffloan.StaffLoanCommands.StartStaffLoan;

import static org.jwp.ledger.node.staffloan.CopSupportLoan.*;

class StaffLoanTest {

    private AggregateTestFixture<StaffLoan> fixture;
    private FakeStreams citesSide;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(StaffLoan.class);
        citesSide = new FakeStreams();
        fixture.registerInjectableResource(citesSide);
    }

    @Test
    void cmsProposesToLendStaffToCites() {
        fixture.givenNoPriorActivity().when(propose()).expectEvents(proposed());
    }

    @Test
    void theLoanedStaffMemberIsRecordedAsSealedOnly() {
        PersonalData sealed = new PersonalData("CMS-PERSON-0123456789abcdef0123456789abcdef", "c2VhbGVk");
        ProposeStaffLoan p = propose();

        fixture.givenNoPriorActivity()
                .when(new ProposeStaffLoan(p.loanId(), p.host(), p.role(), p.purpose(), p.startDate(), p.endDate(),
                        p.programme(), p.activityCodes(), p.actedOn(), sealed))
                .expectEvents(new StaffLoanProposed(ID, Secretariat.CMS, Secretariat.CITES, "Programme Officer",
                        "Support to CoP18", START, END, "2015-2020", CODES, PROPOSED_ON, sealed));
    }

    @Test
    void aSecretariatCannotLendStaffToItself() {
        fixture.givenNoPriorActivity()
                .when(new ProposeStaffLoan(ID, Secretariat.CMS, "Officer", "x", START, END, "2015-2020", CODES,
                        PROPOSED_ON, null))
                .expectException(CommandRefused.class)
                .expectNoEvents();
    }

    @Test
    void aLoanEndingBeforeItStartsIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new ProposeStaffLoan(ID, Secretariat.CITES, "Officer", "x", END, START, "2015-2020", CODES,
                        PROPOSED_ON, null))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void aLoanTheHostAgreedToStarts() {
        citesSide.with(CITES_ANSWER, citesAgreed());

        fixture.given(proposed())
                .when(new StartStaffLoan(ID, null, START))
                .expectEvents(new StaffLoanStarted(ID, null, START))
                .expectResultMessagePayload(StaffLoanStatus.STARTED);
    }

    @Test
    void aLoanCannotStartBeforeTheHostHasAgreed() {
        fixture.given(proposed())
                .when(new StartStaffLoan(ID, null, START))
                .expectException(CommandRefused.class)
                .expectNoEvents();
    }

    @Test
    void aLoanTheHostDeclinedCannotStart() {
        citesSide.with(CITES_ANSWER, citesDeclined());

        fixture.given(proposed())
                .when(new StartStaffLoan(ID, null, START))
                .expectException(CommandRefused.class)
                .expectNoEvents();
    }

    @Test
    void aLoanCannotStartTwice() {
        citesSide.with(CITES_ANSWER, citesAgreed());

        fixture.given(proposed(), started())
                .when(new StartStaffLoan(ID, null, START))
                .expectException(CommandRefused.class)
                .expectNoEvents();
    }

    @Test
    void aStartedLoanIsCompletedWithItsOutcome() {
        citesSide.with(CITES_ANSWER, citesAgreed());

        fixture.given(proposed(), started())
                .when(new CompleteStaffLoan(ID, "Supported the CoP18 committees.", END))
                .expectEvents(new StaffLoanCompleted(ID, "Supported the CoP18 committees.", END))
                .expectResultMessagePayload(StaffLoanStatus.COMPLETED);
    }

    @Test
    void aLoanThatNeverStartedCannotBeCompleted() {
        citesSide.with(CITES_ANSWER, citesAgreed());

        fixture.given(proposed())
                .when(new CompleteStaffLoan(ID, "nothing", END))
                .expectException(CommandRefused.class)
                .expectNoEvents();
    }

    @Test
    void anAgreedLoanCanBeCancelled() {
        citesSide.with(CITES_ANSWER, citesAgreed());

        fixture.given(proposed())
                .when(new CancelStaffLoan(ID, "CoP postponed.", AGREED_ON))
                .expectEvents(new StaffLoanCancelled(ID, "CoP postponed.", AGREED_ON))
                .expectResultMessagePayload(StaffLoanStatus.CANCELLED);
    }

    @Test
    void aCompletedLoanCannotBeCancelled() {
        citesSide.with(CITES_ANSWER, citesAgreed());

        fixture.given(proposed(), started(), completed())
                .when(new CancelStaffLoan(ID, null, END))
                .expectException(CommandRefused.class)
                .expectNoEvents();
    }

    @Test
    void aStartedLoanCanStillBeCancelled() {
        citesSide.with(CITES_ANSWER, citesAgreed());

        fixture.given(proposed(), started())
                .when(new CancelStaffLoan(ID, "Ended early.", END))
                .expectEvents(new StaffLoanCancelled(ID, "Ended early.", END))
                .expectResultMessagePayload(StaffLoanStatus.CANCELLED);
    }

    @Test
    void aDeclinedLoanCannotBeCancelled() {
        citesSide.with(CITES_ANSWER, citesDeclined());

        fixture.given(proposed())
                .when(new CancelStaffLoan(ID, null, END))
                .expectException(CommandRefused.class)
                .expectNoEvents();
    }

    @Test
    void aCancelledLoanCannotBeCancelledAgain() {
        fixture.given(proposed(), cancelled())
                .when(new CancelStaffLoan(ID, null, END))
                .expectException(CommandRefused.class)
                .expectNoEvents();
    }
}
