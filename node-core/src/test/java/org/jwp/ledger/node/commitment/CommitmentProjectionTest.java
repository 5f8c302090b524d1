package org.jwp.ledger.node.commitment;

import org.jwp.ledger.node.lifecycle.Deadline;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.Test;
import org.jwp.ledger.events.ActivityCode;
import org.jwp.ledger.events.Meeting;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.events.Taxon;
import org.jwp.ledger.events.consultation.ConsultationDueDateExtended;
import org.jwp.ledger.events.consultation.ConsultationRequested;
import org.jwp.ledger.events.representation.RepresentationAccepted;
import org.jwp.ledger.events.staffloan.StaffLoanStarted;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the projection asks of its store for each event: status, deadline, history. No database here. */
class CommitmentProjectionTest {

    /** Records the writer calls instead of running SQL. */
    static class RecordingWriter extends CommitmentWriter {
        final List<String> calls = new ArrayList<>();

        RecordingWriter() {
            super(null);
        }

        @Override
        void open(Opening o, EventMessage<?> event) {
            calls.add("open " + o.id() + " " + o.type() + " " + o.owner() + "->" + o.counterpart() + " "
                    + o.status() + " due " + o.deadline() + ": " + o.title());
        }

        @Override
        void move(String id, String status, Deadline deadline, EventMessage<?> event) {
            calls.add("move " + id + " " + status + " due " + DeadlineOfRequest.sql(deadline));
        }

        @Override
        void reschedule(String id, LocalDate deadline, EventMessage<?> event) {
            calls.add("reschedule " + id + " due " + deadline);
        }
    }

    private final RecordingWriter writer = new RecordingWriter();
    private final CommitmentProjection projection = new CommitmentProjection(writer);

    @Test
    void aRequestOpensAConsultationDueOnItsDueDate() {
        ConsultationRequested e = new ConsultationRequested("CITES-CONS-2025-0007", Secretariat.CITES,
                Secretariat.CMS, Meeting.of("CITES CoP20"), "Prop. 12", Taxon.of("Carcharhinus longimanus"),
                "Include in Appendix II", LocalDate.of(2025, 6, 30), "2021-2025", List.of(ActivityCode.of("C3")),
                null, LocalDate.of(2025, 4, 2));

        projection.on(e, message(e));

        assertThat(writer.calls).containsExactly("open CITES-CONS-2025-0007 CONSULTATION CITES->CMS REQUESTED "
                + "due 2025-06-30: Comments on CITES CoP20 Prop. 12 (Carcharhinus longimanus)");
    }

    @Test
    void anExtensionMovesOnlyTheDeadline() {
        ConsultationDueDateExtended e = new ConsultationDueDateExtended("CITES-CONS-2025-0007",
                LocalDate.of(2025, 6, 30), LocalDate.of(2025, 7, 15), LocalDate.of(2025, 6, 20));

        projection.on(e, message(e));

        assertThat(writer.calls).containsExactly("reschedule CITES-CONS-2025-0007 due 2025-07-15");
    }

    @Test
    void aStartedLoanIsDueToBeCompletedByItsEndDate() {
        StaffLoanStarted e = new StaffLoanStarted("CMS-LOAN-2019-0001", null, LocalDate.of(2019, 8, 10));

        projection.on(e, message(e));

        assertThat(writer.calls).containsExactly("move CMS-LOAN-2019-0001 STARTED due "
                + "(details->'request'->>'endDate')::date");
    }

    @Test
    void anAcceptedRepresentationIsDueItsReportThirtyDaysAfterTheMeeting() {
        RepresentationAccepted e = new RepresentationAccepted("CMS-RE-CITES-REP-2024-0003", "CITES-REP-2024-0003",
                Secretariat.CMS, null, LocalDate.of(2024, 11, 4));

        projection.on(e, message(e));

        assertThat(writer.calls).containsExactly("move CITES-REP-2024-0003 ACCEPTED due "
                + "(details->'request'->>'endDate')::date + 30");
    }

    @Test
    void theProjectionHasANameOfItsOwnSoItCanBeReplayedAlone() {
        assertThat(CommitmentProjection.class.getAnnotation(org.axonframework.config.ProcessingGroup.class).value())
                .isEqualTo("commitments");
    }

    private static EventMessage<?> message(Object payload) {
        return GenericEventMessage.asEventMessage(payload);
    }
}
