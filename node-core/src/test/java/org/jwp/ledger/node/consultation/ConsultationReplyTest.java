package org.jwp.ledger.node.consultation;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jwp.ledger.events.CommentPosition;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.events.consultation.ConsultationCommentSubmitted;
import org.jwp.ledger.node.consultation.ConsultationCommands.SubmitComment;
import org.jwp.ledger.node.ledger.CommandRefused;
import org.jwp.ledger.node.ledger.FakeStreams;
import org.jwp.ledger.node.ledger.NotOwner;
import org.jwp.ledger.node.ledger.UnknownItem;

import static org.jwp.ledger.node.consultation.SharkProposal.*;

class ConsultationReplyTest {

    private AggregateTestFixture<ConsultationReply> fixture;
    private FakeStreams citesSide;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ConsultationReply.class);
        citesSide = new FakeStreams();
        fixture.registerInjectableResource(citesSide);
    }

    @Test
    void cmsCommentsOnTheRequestInItsOwnStream() {
        citesSide.with(ID, askedOfCms());

        fixture.givenNoPriorActivity()
                .when(cmsSupports())
                .expectEvents(cmsSupported())
                .expectResultMessagePayload(ConsultationStatus.COMMENTED);
    }

    @Test
    void aCommentMayStateNoPositionAndTheEventSaysNone() {
        citesSide.with(ID, askedOfCms());

        fixture.givenNoPriorActivity()
                .when(new SubmitComment(CMS_REPLY, ID, null, "CMS commented on the relevant proposals.", null,
                        ANSWERED))
                .expectEvents(new ConsultationCommentSubmitted(CMS_REPLY, ID, Secretariat.CMS, null,
                        "CMS commented on the relevant proposals.", null, ANSWERED))
                .expectResultMessagePayload(ConsultationStatus.COMMENTED);
    }

    @Test
    void cmsDeclinesToComment() {
        citesSide.with(ID, askedOfCms());

        fixture.givenNoPriorActivity()
                .when(cmsDeclines())
                .expectEvents(cmsDeclined())
                .expectResultMessagePayload(ConsultationStatus.DECLINED);
    }

    @Test
    void aCommentOnARequestThisLedgerDoesNotHoldIsRefusedAsUnknown() {
        fixture.givenNoPriorActivity()
                .when(cmsSupports())
                .expectException(UnknownItem.class)
                .expectNoEvents();
    }

    @Test
    void citesCannotAnswerARequestAddressedToCms() {
        citesSide.with(ID, askedOfCms());

        fixture.givenNoPriorActivity()
                .when(new SubmitComment(CITES_REPLY, ID, CommentPosition.SUPPORT, "self-serving", null, ANSWERED))
                .expectException(NotOwner.class)
                .expectNoEvents();
    }

    @Test
    void aSecondAnswerIsRefused() {
        citesSide.with(ID, askedOfCms());

        fixture.given(cmsSupported())
                .when(cmsDeclines())
                .expectException(CommandRefused.class)
                .expectNoEvents();
    }

    @Test
    void aWithdrawnRequestCannotBeAnswered() {
        citesSide.with(ID, askedOfCms(), withdrawn());

        fixture.givenNoPriorActivity()
                .when(cmsSupports())
                .expectException(CommandRefused.class)
                .expectNoEvents();
    }
}
