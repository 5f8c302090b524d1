package org.jwp.ledger.node.representation;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jwp.ledger.events.MeetingBody;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.node.ledger.CommandRefused;
import org.jwp.ledger.node.ledger.FakeStreams;
import org.jwp.ledger.node.representation.RepresentationCommands.AcknowledgeReport;
import org.jwp.ledger.node.representation.RepresentationCommands.RequestRepresentation;

import static org.jwp.ledger.node.representation.IpbesMeeting.*;

class RepresentationTest {

    private AggregateTestFixture<Representation> fixture;
    private FakeStreams cmsSide;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Representation.class);
        cmsSide = new FakeStreams();
        fixture.registerInjectableResource(cmsSide);
    }

    @Test
    void citesAsksCmsToAttendOnItsBehalf() {
        fixture.givenNoPriorActivity().when(askCms()).expectEvents(askedCms());
    }

    @Test
    void aSecretariatCannotAskItselfToRepresentIt() {
        fixture.givenNoPriorActivity()
                .when(new RequestRepresentation(ID, Secretariat.CITES, MeetingBody.BLG, IPBES_11, null, START, END,
                        null, "2021-2025", CODES, ASKED))
                .expectException(CommandRefused.class)
                .expectNoEvents();
    }

    @Test
    void aMeetingEndingBeforeItStartsIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RequestRepresentation(ID, Secretariat.CMS, MeetingBody.BLG, IPBES_11, null, END, START,
                        null, "2021-2025", CODES, ASKED))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void theReportOfAnAttendedMeetingIsAcknowledged() {
        cmsSide.with(CMS_ANSWER, cmsAccepted(), cmsAttended());

        fixture.given(askedCms())
                .when(new AcknowledgeReport(ID, "Thank you.", REPORTED.plusDays(2)))
                .expectEvents(acknowledged())
                .expectResultMessagePayload(RepresentationStatus.ACKNOWLEDGED);
    }

    @Test
    void noReportCanBeAcknowledgedBeforeTheRepresentativeReportsAttendance() {
        cmsSide.with(CMS_ANSWER, cmsAccepted());

        fixture.given(askedCms())
                .when(new AcknowledgeReport(ID, null, REPORTED))
                .expectException(CommandRefused.class)
                .expectNoEvents();
    }

    @Test
    void aReportIsAcknowledgedOnce() {
        cmsSide.with(CMS_ANSWER, cmsAccepted(), cmsAttended());

        fixture.given(askedCms(), acknowledged())
                .when(new AcknowledgeReport(ID, null, REPORTED))
                .expectException(CommandRefused.class)
                .expectNoEvents();
    }
}
