package org.jwp.ledger.events;

import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;
import org.jwp.ledger.events.consultation.ConsultationCommentSubmitted;
import org.jwp.ledger.events.consultation.ConsultationRequested;
import org.jwp.ledger.events.consultation.ConsultationWithdrawn;
import org.jwp.ledger.events.correction.StepCorrected;
import org.jwp.ledger.events.progress.ActivityResultCorrected;
import org.jwp.ledger.events.progress.ActivityResultRecorded;
import org.jwp.ledger.events.progress.ActivityResultWithdrawn;
import org.jwp.ledger.events.signoff.ReportApproved;
import org.jwp.ledger.events.staffloan.StaffLoanAgreed;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jwp.ledger.events.Secretariat.CITES;
import static org.jwp.ledger.events.Secretariat.CMS;

class AuthorityTest {

    private static final LocalDate DAY = LocalDate.parse("2026-03-01");
    private static final String CONS = "CITES-CONS-2025-0001";
    private static final Function<String, Optional<Authority.Held>> NOTHING_HELD = id -> Optional.empty();

    @Test
    void theRequesterWithdrawsItsOwnConsultationInItsStream() {
        assertThat(Authority.refusal(CITES, CONS, new ConsultationWithdrawn(CONS, "no longer", DAY), NOTHING_HELD))
                .isEmpty();
    }

    @Test
    void aPeerNamingOurConsultationFromItsOwnStreamIsRefused() {
        assertThat(Authority.refusal(CMS, "CMS-CONS-2026-0001", new ConsultationWithdrawn(CONS, "x", DAY),
                NOTHING_HELD)).hasValueSatisfying(why -> assertThat(why).contains("names " + CONS));
    }

    @Test
    void anEventInAStreamOfTheOtherSecretariatIsRefused() {
        assertThat(Authority.refusal(CMS, CONS, new ConsultationWithdrawn(CONS, "x", DAY), NOTHING_HELD))
                .hasValueSatisfying(why -> assertThat(why).contains("not a stream of CMS"));
    }

    @Test
    void theConsultedCommentsInItsReplyStreamAndOnlyForItself() {
        String reply = Authority.replyStream(CONS, CMS);
        assertThat(Authority.refusal(CMS, reply, comment(reply, CMS), NOTHING_HELD)).isEmpty();
        assertThat(Authority.refusal(CMS, reply, comment(reply, CITES), NOTHING_HELD))
                .hasValueSatisfying(why -> assertThat(why).contains("commentedBy is CITES"));
        assertThat(Authority.refusal(CMS, "CMS-RE-CMS-CONS-2025-0001",
                new ConsultationCommentSubmitted("CMS-RE-CMS-CONS-2025-0001", "CMS-CONS-2025-0001", CMS,
                        CommentPosition.SUPPORT, "own", null, DAY), NOTHING_HELD))
                .as("a comment on its own request").isPresent();
    }

    @Test
    void aRequestIsAddressedToTheOtherSecretariatByItsRequester() {
        assertThat(Authority.refusal(CITES, CONS, request(CITES, CMS), NOTHING_HELD)).isEmpty();
        assertThat(Authority.refusal(CITES, CONS, request(CMS, CITES), NOTHING_HELD))
                .hasValueSatisfying(why -> assertThat(why).contains("requestedBy is CMS"));
        assertThat(Authority.refusal(CITES, CONS, request(CITES, CITES), NOTHING_HELD))
                .hasValueSatisfying(why -> assertThat(why).contains("requestedFrom is CITES"));
    }

    @Test
    void aLoanIsAgreedOnlyByItsHostInItsReplyStream() {
        String loan = "CMS-LOAN-2025-0001";
        assertThat(Authority.refusal(CITES, "CITES-RE-" + loan, new StaffLoanAgreed("CITES-RE-" + loan, loan, CITES,
                null, DAY), NOTHING_HELD)).isEmpty();
        assertThat(Authority.refusal(CITES, "CITES-RE-" + loan, new StaffLoanAgreed("CMS-RE-" + loan, loan, CITES,
                null, DAY), NOTHING_HELD)).isPresent();
    }

    @Test
    void aResultIsRecordedCorrectedAndWithdrawnOnlyInItsOwnStreamByItsRecorder() {
        String res = "CITES-RES-2025-0001";
        ActivityResultRecorded recorded = new ActivityResultRecorded(res, CITES, "2021-2025",
                List.of(new ActivityCode("D2")), 2025, "text", List.of(), List.of(), true, DAY);
        assertThat(Authority.refusal(CITES, res, recorded, NOTHING_HELD)).isEmpty();
        assertThat(Authority.refusal(CMS, "CMS-RES-2025-0001", new ActivityResultRecorded("CMS-RES-2025-0001",
                CITES, "2021-2025", List.of(new ActivityCode("D2")), 2025, "t", List.of(), List.of(), true, DAY),
                NOTHING_HELD)).hasValueSatisfying(why -> assertThat(why).contains("recordedBy is CITES"));
        assertThat(Authority.refusal(CITES, res, new ActivityResultWithdrawn(res, "r", DAY), NOTHING_HELD)).isEmpty();
        assertThat(Authority.refusal(CMS, "CMS-RES-2025-0009", new ActivityResultWithdrawn(res, "r", DAY),
                NOTHING_HELD)).isPresent();
        assertThat(Authority.refusal(CMS, "CMS-RES-2025-0009", new ActivityResultCorrected(res, null, null, "t",
                null, null, null, "r", DAY), NOTHING_HELD)).isPresent();
    }

    @Test
    void anApprovalIsItsStreamOwnersAndNoOneElses() {
        String id = "CMS-APPR-2026-0001";
        assertThat(Authority.refusal(CMS, id, approval(id, CMS), NOTHING_HELD)).isEmpty();
        assertThat(Authority.refusal(CMS, id, approval(id, CITES), NOTHING_HELD))
                .hasValueSatisfying(why -> assertThat(why).contains("secretariat is CITES but CMS emitted it"));
        assertThat(Authority.refusal(CMS, id, approval("CMS-APPR-2026-0002", CMS), NOTHING_HELD)).isPresent();
    }

    @Test
    void aStepIsCorrectedInItsOwnStreamOnly() {
        String type = EventContracts.typeName(ConsultationRequested.class);
        Function<String, Optional<Authority.Held>> held = id -> Optional.of(new Authority.Held(CONS, type));
        StepCorrected own = new StepCorrected(CONS, "e1", type, Map.of("proposal", TextNode.valueOf("Prop. 13")),
                "typo", DAY);
        assertThat(Authority.refusal(CITES, CONS, own, held)).isEmpty();
        String reply = Authority.replyStream(CONS, CMS);
        assertThat(Authority.refusal(CMS, reply, own, held))
                .hasValueSatisfying(why -> assertThat(why).contains("corrects step e1 of " + CONS + " from " + reply));
        assertThat(Authority.refusal(CITES, CONS, own, NOTHING_HELD)).isPresent();
        StepCorrected status = new StepCorrected(CONS, "e1", type, Map.of("requestedBy", TextNode.valueOf("CMS")),
                "x", DAY);
        assertThat(Authority.refusal(CITES, CONS, status, held))
                .hasValueSatisfying(why -> assertThat(why).contains("[requestedBy]"));
        StepCorrected otherType = new StepCorrected(CONS, "e1", EventContracts.typeName(ConsultationWithdrawn.class),
                Map.of("reason", TextNode.valueOf("r")), "x", DAY);
        assertThat(Authority.refusal(CITES, CONS, otherType, held)).isPresent();
    }

    private static ConsultationCommentSubmitted comment(String reply, Secretariat by) {
        return new ConsultationCommentSubmitted(reply, CONS, by, CommentPosition.SUPPORT, "we support it", null, DAY);
    }

    private static ConsultationRequested request(Secretariat by, Secretariat from) {
        return new ConsultationRequested(CONS, by, from, null, "Prop. 12", null, "Include", DAY, "2021-2025",
                List.of(), null, DAY);
    }

    private static ReportApproved approval(String id, Secretariat s) {
        return new ReportApproved(id, s, "annual/2025", "0".repeat(64), List.of(), DAY);
    }
}
