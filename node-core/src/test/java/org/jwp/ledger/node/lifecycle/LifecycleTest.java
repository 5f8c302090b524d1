package org.jwp.ledger.node.lifecycle;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.events.consultation.ConsultationCommentSubmitted;
import org.jwp.ledger.events.consultation.ConsultationDueDateExtended;
import org.jwp.ledger.events.consultation.ConsultationWithdrawn;
import org.jwp.ledger.events.representation.RepresentationAttended;
import org.jwp.ledger.events.staffloan.StaffLoanAgreed;
import org.jwp.ledger.events.staffloan.StaffLoanCancelled;
import org.jwp.ledger.events.staffloan.StaffLoanStarted;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Every step of the three workflows, offered where it may be taken and refused everywhere else; deadlines. */
class LifecycleTest {

    private static final Set<String> STATUSES = Set.of("REQUESTED", "COMMENTED", "DECLINED", "WITHDRAWN", "PROPOSED",
            "AGREED", "STARTED", "COMPLETED", "CANCELLED", "ACCEPTED", "ATTENDED", "ACKNOWLEDGED");

    static Stream<Arguments> everyStep() {
        return Stream.of(
                arguments("CONSULTATION", "comment", Side.COUNTERPART, Set.of("REQUESTED"), "COMMENTED"),
                arguments("CONSULTATION", "decline-consultation", Side.COUNTERPART, Set.of("REQUESTED"), "DECLINED"),
                arguments("CONSULTATION", "extend-consultation", Side.OWNER, Set.of("REQUESTED"), "REQUESTED"),
                arguments("CONSULTATION", "withdraw-consultation", Side.OWNER, Set.of("REQUESTED"), "WITHDRAWN"),
                arguments("STAFF_LOAN", "agree-loan", Side.COUNTERPART, Set.of("PROPOSED"), "AGREED"),
                arguments("STAFF_LOAN", "decline-loan", Side.COUNTERPART, Set.of("PROPOSED"), "DECLINED"),
                arguments("STAFF_LOAN", "start-loan", Side.OWNER, Set.of("AGREED"), "STARTED"),
                arguments("STAFF_LOAN", "complete-loan", Side.OWNER, Set.of("STARTED"), "COMPLETED"),
                arguments("STAFF_LOAN", "cancel-loan", Side.OWNER, Set.of("PROPOSED", "AGREED", "STARTED"),
                        "CANCELLED"),
                arguments("REPRESENTATION", "accept-representation", Side.COUNTERPART, Set.of("REQUESTED"),
                        "ACCEPTED"),
                arguments("REPRESENTATION", "decline-representation", Side.COUNTERPART, Set.of("REQUESTED"),
                        "DECLINED"),
                arguments("REPRESENTATION", "attend", Side.COUNTERPART, Set.of("ACCEPTED"), "ATTENDED"),
                arguments("REPRESENTATION", "acknowledge", Side.OWNER, Set.of("ATTENDED"), "ACKNOWLEDGED"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyStep")
    void aStepIsOfferedToItsSideInItsStatusesOnlyAndLeadsWhereItSays(String kind, String key, Side side,
                                                                   Set<String> from, String to) {
        Lifecycle lifecycle = Lifecycle.of(kind);
        Side other = side == Side.OWNER ? Side.COUNTERPART : Side.OWNER;

        for (String status : STATUSES) {
            assertThat(lifecycle.offers(key, status, side)).as(key + " by its side in " + status)
                    .isEqualTo(from.contains(status));
            assertThat(lifecycle.offers(key, status, other)).as(key + " by the other side in " + status).isFalse();
        }
        assertThat(lifecycle.step(key).orElseThrow().to()).isEqualTo(to);
    }

    @Test
    void everyStepOfTheThreeWorkflowsIsListedAbove() {
        long listed = everyStep().count();

        assertThat(Stream.of("CONSULTATION", "STAFF_LOAN", "REPRESENTATION")
                .mapToLong(k -> Lifecycle.of(k).steps().size()).sum()).isEqualTo(listed);
    }

    @Test
    void anItemIsOpenWhileAStepStillLeadsOutOfItsStatus() {
        assertThat(Stream.of("REQUESTED", "COMMENTED", "DECLINED", "WITHDRAWN")
                .filter(Lifecycle.CONSULTATION::isOpen)).containsExactly("REQUESTED");
        assertThat(Stream.of("PROPOSED", "AGREED", "DECLINED", "STARTED", "COMPLETED", "CANCELLED")
                .filter(Lifecycle.STAFF_LOAN::isOpen)).containsExactly("PROPOSED", "AGREED", "STARTED");
        assertThat(Stream.of("REQUESTED", "ACCEPTED", "DECLINED", "ATTENDED", "ACKNOWLEDGED")
                .filter(Lifecycle.REPRESENTATION::isOpen)).containsExactly("REQUESTED", "ACCEPTED", "ATTENDED");
    }

    @Test
    void eachOpenStatusHasTheDeadlineOfWhatIsAwaited() {
        LocalDate due = LocalDate.of(2025, 6, 30);
        LocalDate start = LocalDate.of(2025, 9, 22);
        LocalDate end = LocalDate.of(2025, 9, 23);

        assertThat(Lifecycle.CONSULTATION.deadline("REQUESTED").of(due, null, null)).isEqualTo(due);
        assertThat(Lifecycle.STAFF_LOAN.deadline("PROPOSED").of(null, start, end)).isEqualTo(start);
        assertThat(Lifecycle.STAFF_LOAN.deadline("AGREED").of(null, start, end)).isEqualTo(start);
        assertThat(Lifecycle.STAFF_LOAN.deadline("STARTED").of(null, start, end)).isEqualTo(end);
        assertThat(Lifecycle.REPRESENTATION.deadline("REQUESTED").of(null, start, end)).isEqualTo(start);
        assertThat(Lifecycle.REPRESENTATION.deadline("ACCEPTED").of(null, start, end))
                .as("the report, within 30 days of the meeting's end").isEqualTo(LocalDate.of(2025, 10, 23));
        assertThat(Lifecycle.REPRESENTATION.deadline("ATTENDED")).as("the acknowledgement has no deadline")
                .isEqualTo(Deadline.NONE);
        assertThat(Lifecycle.CONSULTATION.deadline("COMMENTED").of(due, null, null)).isNull();
    }

    @Test
    void eachWorkflowEventIsTheStepItRecords() {
        assertThat(Lifecycle.CONSULTATION.stepFor(ConsultationCommentSubmitted.class).orElseThrow().key())
                .isEqualTo("comment");
        assertThat(Lifecycle.STAFF_LOAN.stepFor(StaffLoanStarted.class).orElseThrow().key()).isEqualTo("start-loan");
        assertThat(Lifecycle.ofEvent(RepresentationAttended.class)).contains(Lifecycle.REPRESENTATION);
        assertThat(Lifecycle.CONSULTATION.stepFor(StaffLoanStarted.class)).isEmpty();
        assertThat(List.of(Lifecycle.CONSULTATION.opened(), Lifecycle.STAFF_LOAN.opened(),
                Lifecycle.REPRESENTATION.opened())).containsExactly("REQUESTED", "PROPOSED", "REQUESTED");
    }
    @Test
    void aStreamTakesAnItemWhereItsStepsLeadAndNothingElseMovesIt() {
        LocalDate day = LocalDate.of(2025, 3, 1);
        Object extended = new ConsultationDueDateExtended("CITES-CONS-2025-0001", day, day.plusDays(9), day);
        Object withdrawn = new ConsultationWithdrawn("CITES-CONS-2025-0001", "superseded", day);

        assertThat(Lifecycle.CONSULTATION.statusAfter(List.of())).isEqualTo("REQUESTED");
        assertThat(Lifecycle.CONSULTATION.statusAfter(List.of(extended))).isEqualTo("REQUESTED");
        assertThat(Lifecycle.CONSULTATION.statusAfter(List.of(extended, withdrawn))).isEqualTo("WITHDRAWN");
    }

    @Test
    void forItsCounterpartAnItemStandsAtItsOwnAnswerOnceGivenElseWhereTheOwnerTookIt() {
        LocalDate day = LocalDate.of(2025, 3, 1);
        Object cancelled = new StaffLoanCancelled("CITES-LOAN-2025-0001", "not needed", day);
        Object agreed = new StaffLoanAgreed("CMS-LOAN-2025-0001", "CITES-LOAN-2025-0001", Secretariat.CMS, null, day);

        assertThat(Lifecycle.STAFF_LOAN.forCounterpart(List.of(), null)).isEqualTo("PROPOSED");
        assertThat(Lifecycle.STAFF_LOAN.forCounterpart(List.of(cancelled), null)).isEqualTo("CANCELLED");
        assertThat(Lifecycle.STAFF_LOAN.forCounterpart(List.of(cancelled), "AGREED")).isEqualTo("AGREED");
        assertThat(Lifecycle.STAFF_LOAN.allows("agree-loan",
                Lifecycle.STAFF_LOAN.forCounterpart(List.of(cancelled), null))).isFalse();
        assertThat(Lifecycle.STAFF_LOAN.statusAfter(List.of(agreed))).isEqualTo("AGREED");
    }
}
