package org.jwp.ledger.node.signoff;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a report stands in its sign-off, folded from approvals without a database. */
class SignOffStatusTest {

    private static final String A = "aa".repeat(32);
    private static final String B = "bb".repeat(32);

    private static SignOffStatus.Approval approval(String secretariat, String digest, String at) {
        return new SignOffStatus.Approval(secretariat + "-" + at, secretariat, 1, secretariat, "approver", at, digest,
                List.of());
    }

    @Test
    void withoutApprovalsTheReportIsADraft() {
        assertThat(SignOffStatus.fold("annual/2025", A, List.of()).state()).isEqualTo("DRAFT");
    }

    @Test
    void oneApprovalOfTheCurrentDigestIsApprovedByOne() {
        SignOffStatus.Status s = SignOffStatus.fold("annual/2025", A, List.of(approval("CITES", A, "t1")));
        assertThat(s.state()).isEqualTo("APPROVED_BY_ONE");
        assertThat(s.approvalsOfDraft()).extracting(SignOffStatus.Approval::secretariat).containsExactly("CITES");
    }

    @Test
    void approvalsOfDifferentDigestsIssueNothing() {
        SignOffStatus.Status s = SignOffStatus.fold("annual/2025", B, List.of(approval("CITES", A, "t1"),
                approval("CMS", B, "t2")));
        assertThat(s.issued()).isEmpty();
        assertThat(s.state()).isEqualTo("APPROVED_BY_ONE");
    }

    @Test
    void bothApprovingOneDigestIssuesItAndALaterChangeIsChangedSinceIssue() {
        List<SignOffStatus.Approval> approvals = List.of(approval("CITES", A, "t1"), approval("CMS", A, "t2"));

        SignOffStatus.Status issued = SignOffStatus.fold("annual/2025", A, approvals);
        SignOffStatus.Status changed = SignOffStatus.fold("annual/2025", B, approvals);

        assertThat(issued.state()).isEqualTo("ISSUED");
        assertThat(issued.issued()).singleElement().satisfies(i -> {
            assertThat(i.version()).isEqualTo(1);
            assertThat(i.issuedAt()).isEqualTo("t2");
            assertThat(i.approvals()).extracting(SignOffStatus.Approval::secretariat).containsExactly("CITES", "CMS");
        });
        assertThat(changed.state()).isEqualTo("CHANGED_SINCE_ISSUE");
    }

    @Test
    void aSecondRoundIssuesVersionTwoAndKeepsVersionOne() {
        SignOffStatus.Status s = SignOffStatus.fold("annual/2025", B, List.of(approval("CITES", A, "t1"),
                approval("CMS", A, "t2"), approval("CMS", B, "t3"), approval("CITES", B, "t4")));

        assertThat(s.issued()).extracting(SignOffStatus.Issued::contentDigest).containsExactly(A, B);
        assertThat(s.state()).isEqualTo("ISSUED");
    }

    @Test
    void approvalIsOfferedOnlyToASecretariatThatHasNotApprovedContentNotYetIssued() {
        SignOffStatus.Status byCites = SignOffStatus.fold("annual/2025", A, List.of(approval("CITES", A, "t1")));
        assertThat(byCites.approvableBy("CITES")).as("approved already").isFalse();
        assertThat(byCites.approvableBy("CMS")).as("awaits CMS").isTrue();

        SignOffStatus.Status issued = SignOffStatus.fold("annual/2025", A, List.of(approval("CITES", A, "t1"),
                approval("CMS", A, "t2")));
        assertThat(issued.approvableBy("CITES")).isFalse();
        assertThat(issued.approvableBy("CMS")).as("issued as it stands").isFalse();

        SignOffStatus.Status changed = SignOffStatus.fold("annual/2025", B, List.of(approval("CITES", A, "t1"),
                approval("CMS", A, "t2")));
        assertThat(changed.approvableBy("CMS")).as("changed since issue: a new round").isTrue();
    }
}
