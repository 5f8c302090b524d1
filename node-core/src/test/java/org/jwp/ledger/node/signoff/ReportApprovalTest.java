package org.jwp.ledger.node.signoff;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.events.signoff.ReportApproved;

import java.time.LocalDate;
import java.util.List;

class ReportApprovalTest {

    private static final String DIGEST = "ab".repeat(32);
    private static final List<ReportApproved.Head> HEADS = List.of(new ReportApproved.Head("CITES", 12, "cd".repeat(32)),
            new ReportApproved.Head("CMS", 9, "ef".repeat(32)));
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    private AggregateTestFixture<ReportApproval> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ReportApproval.class);
    }

    @Test
    void aSecondApprovalOfTheSameContentIsRefused() {
        String id = ReportApproval.idFor(Secretariat.CMS, "annual/2025", DIGEST);

        fixture.given(new ReportApproved(id, Secretariat.CMS, "annual/2025", DIGEST, HEADS, TODAY))
                .when(new ApproveReport(id, "annual/2025", DIGEST, HEADS, TODAY))
                .expectException(org.jwp.ledger.node.ledger.CommandRefused.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("has already approved this content"))
                .expectNoEvents();
    }

    @Test
    void anApprovalsStreamIsNamedAfterWhoApprovesWhichContentOfWhichReport() {
        org.assertj.core.api.Assertions.assertThat(ReportApproval.idFor(Secretariat.CITES, "annual/2025", DIGEST))
                .isEqualTo("CITES-APPR-annual-2025-" + DIGEST);
    }

    @Test
    void anApproverApprovesTheDigestOfAReportForTheirSecretariat() {
        fixture.givenNoPriorActivity()
                .when(new ApproveReport("CMS-APPR-2026-0001", "annual/2025", DIGEST, HEADS, TODAY))
                .expectEvents(new ReportApproved("CMS-APPR-2026-0001", Secretariat.CMS, "annual/2025", DIGEST, HEADS,
                        TODAY));
    }

    @Test
    void aDigestThatIsNotSha256HexIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new ApproveReport("CMS-APPR-2026-0002", "annual/2025", "not-a-digest", HEADS, TODAY))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void anUnknownKindOfReportIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new ApproveReport("CMS-APPR-2026-0003", "weekly/49", DIGEST, HEADS, TODAY))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void anApprovalWithoutTheHeadsItWasComputedFromIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new ApproveReport("CMS-APPR-2026-0004", "annual/2025", DIGEST, List.of(), TODAY))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }
}
