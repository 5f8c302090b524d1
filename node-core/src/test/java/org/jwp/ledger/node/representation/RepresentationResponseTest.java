package org.jwp.ledger.node.representation;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jwp.ledger.node.ledger.CommandRefused;
import org.jwp.ledger.node.ledger.FakeStreams;
import org.jwp.ledger.node.ledger.NotOwner;
import org.jwp.ledger.node.ledger.UnknownItem;
import org.jwp.ledger.node.representation.RepresentationCommands.AcceptRepresentation;
import org.jwp.ledger.node.representation.RepresentationCommands.DeclineRepresentation;

import static org.jwp.ledger.node.representation.IpbesMeeting.*;

class RepresentationResponseTest {

    private AggregateTestFixture<RepresentationResponse> fixture;
    private FakeStreams citesSide;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(RepresentationResponse.class);
        citesSide = new FakeStreams().with(ID, askedCms());
        fixture.registerInjectableResource(citesSide);
    }

    @Test
    void cmsAcceptsToRepresentCites() {
        fixture.givenNoPriorActivity()
                .when(new AcceptRepresentation(CMS_ANSWER, ID, null, ASKED.plusDays(3)))
                .expectEvents(cmsAccepted())
                .expectResultMessagePayload(RepresentationStatus.ACCEPTED);
    }

    @Test
    void cmsDeclinesToRepresentCites() {
        fixture.givenNoPriorActivity()
                .when(new DeclineRepresentation(CMS_ANSWER, ID, "No travel budget.", ASKED.plusDays(3)))
                .expectEvents(cmsDeclined())
                .expectResultMessagePayload(RepresentationStatus.DECLINED);
    }

    @Test
    void citesCannotAcceptOnCmssBehalf() {
        fixture.givenNoPriorActivity()
                .when(new AcceptRepresentation(CITES_ANSWER, ID, null, ASKED))
                .expectException(NotOwner.class)
                .expectNoEvents();
    }

    @Test
    void aSecondAnswerIsRefused() {
        fixture.given(cmsAccepted())
                .when(new DeclineRepresentation(CMS_ANSWER, ID, "changed our mind", ASKED.plusDays(4)))
                .expectException(CommandRefused.class)
                .expectNoEvents();
    }

    @Test
    void theRepresentativeReportsAttendanceAfterAccepting() {
        fixture.given(cmsAccepted())
                .when(cmsReports())
                .expectEvents(cmsAttended())
                .expectResultMessagePayload(RepresentationStatus.ATTENDED);
    }

    @Test
    void attendanceCannotBeReportedWithoutAccepting() {
        fixture.givenNoPriorActivity()
                .when(cmsReports())
                .expectException(CommandRefused.class)
                .expectNoEvents();
    }

    @Test
    void attendanceCannotBeReportedAfterDeclining() {
        fixture.given(cmsDeclined())
                .when(cmsReports())
                .expectException(CommandRefused.class)
                .expectNoEvents();
    }

    @Test
    void attendanceIsReportedOnce() {
        fixture.given(cmsAccepted(), cmsAttended())
                .when(cmsReports())
                .expectException(CommandRefused.class)
                .expectNoEvents();
    }

    @Test
    void anAnswerToARequestThisLedgerDoesNotHoldIsRefusedAsUnknown() {
        fixture.registerInjectableResource(new FakeStreams());
        fixture.givenNoPriorActivity()
                .when(new AcceptRepresentation("CMS-RE-CITES-REP-2024-0099", "CITES-REP-2024-0099", null, ASKED))
                .expectException(UnknownItem.class)
                .expectNoEvents();
    }
}
