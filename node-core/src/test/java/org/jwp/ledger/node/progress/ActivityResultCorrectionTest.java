package org.jwp.ledger.node.progress;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jwp.ledger.events.ActivityCode;
import org.jwp.ledger.events.DocumentReference;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.events.progress.ActivityResultCorrected;
import org.jwp.ledger.events.progress.ActivityResultRecorded;
import org.jwp.ledger.events.progress.ActivityResultWithdrawn;
import org.jwp.ledger.node.ledger.CommandRefused;

import java.time.LocalDate;
import java.util.List;

/** A recorded result is corrected or withdrawn by new events in its own stream, with a reason. */
class ActivityResultCorrectionTest {

    private static final String ID = "CITES-RES-2019-0004";
    private static final LocalDate ACTED = LocalDate.of(2019, 12, 15);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final ActivityResultRecorded RECORDED = new ActivityResultRecorded(ID, Secretariat.CITES,
            "2015-2020", codes("B2"), 2019, "The Secretariats jointly organized the third meeting.", List.of(),
            List.of(), true, ACTED);

    private AggregateTestFixture<ActivityResult> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ActivityResult.class);
    }

    @Test
    void theTextAndActivitiesOfAResultAreCorrectedWithAReason() {
        fixture.given(RECORDED)
                .when(new CorrectActivityResult(ID, codes("B2", "B3", "B4"), null, null,
                        List.of(DocumentReference.of("CoP17 Doc. 70")), null, null, "Concerns the whole row.", TODAY))
                .expectEvents(new ActivityResultCorrected(ID, codes("B2", "B3", "B4"), null, null,
                        List.of(DocumentReference.of("CoP17 Doc. 70")), null, null, "Concerns the whole row.",
                        TODAY));
    }

    @Test
    void aSecondCorrectionAppliesToTheCorrectedVersion() {
        fixture.given(RECORDED, new ActivityResultCorrected(ID, null, null, "Corrected text.", null, null, null,
                        "Typo.", TODAY))
                .when(new CorrectActivityResult(ID, null, null, "The Secretariats jointly organized the third "
                        + "meeting.", null, null, null, "Back to the first wording.", TODAY))
                .expectEvents(new ActivityResultCorrected(ID, null, null, "The Secretariats jointly organized the "
                        + "third meeting.", null, null, null, "Back to the first wording.", TODAY));
    }

    @Test
    void aCorrectionThatChangesNothingIsRefused() {
        fixture.given(RECORDED)
                .when(new CorrectActivityResult(ID, codes("B2"), 2019, null, null, null, true, "No change.", TODAY))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void aCorrectionWithoutAReasonIsRefused() {
        fixture.given(RECORDED)
                .when(new CorrectActivityResult(ID, null, 2018, null, null, null, null, " ", TODAY))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void aCorrectionToAYearOutsideTheProgrammeIsRefusedNamingTheYear() {
        fixture.given(RECORDED)
                .when(new CorrectActivityResult(ID, null, 2026, null, null, null, null, "Later year.",
                        java.time.LocalDate.of(2026, 12, 7)))
                .expectException(org.jwp.ledger.node.request.InvalidRequest.class)
                .expectExceptionMessage(org.hamcrest.Matchers.startsWith("year: "))
                .expectNoEvents();
    }

    @Test
    void aCorrectionToAnActivityOutsideTheProgrammeIsRefused() {
        fixture.given(RECORDED)
                .when(new CorrectActivityResult(ID, codes("E1"), null, null, null, null, null, "Wrong theme.", TODAY))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void aResultIsWithdrawnWithAReason() {
        fixture.given(RECORDED)
                .when(new WithdrawActivityResult(ID, "Recorded twice.", TODAY))
                .expectEvents(new ActivityResultWithdrawn(ID, "Recorded twice.", TODAY));
    }

    @Test
    void aWithdrawalWithoutAReasonIsRefused() {
        fixture.given(RECORDED)
                .when(new WithdrawActivityResult(ID, "", TODAY))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void aWithdrawnResultIsNeitherCorrectedNorWithdrawnAgain() {
        fixture.given(RECORDED, new ActivityResultWithdrawn(ID, "Recorded twice.", TODAY))
                .when(new CorrectActivityResult(ID, null, 2018, null, null, null, null, "Late fix.", TODAY))
                .expectException(CommandRefused.class)
                .expectNoEvents();
        fixture.given(RECORDED, new ActivityResultWithdrawn(ID, "Recorded twice.", TODAY))
                .when(new WithdrawActivityResult(ID, "Again.", TODAY))
                .expectException(CommandRefused.class)
                .expectNoEvents();
    }

    private static List<ActivityCode> codes(String... values) {
        return java.util.Arrays.stream(values).map(ActivityCode::of).toList();
    }
}
