package org.jwp.ledger.node.commitment;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.jwp.ledger.events.consultation.ConsultationCommentSubmitted;
import org.jwp.ledger.events.consultation.ConsultationDeclined;
import org.jwp.ledger.events.consultation.ConsultationDueDateExtended;
import org.jwp.ledger.events.consultation.ConsultationRequested;
import org.jwp.ledger.events.consultation.ConsultationWithdrawn;
import org.jwp.ledger.events.correction.StepCorrected;
import org.jwp.ledger.events.representation.RepresentationAccepted;
import org.jwp.ledger.events.representation.RepresentationAttended;
import org.jwp.ledger.events.representation.RepresentationDeclined;
import org.jwp.ledger.events.representation.RepresentationReportAcknowledged;
import org.jwp.ledger.events.representation.RepresentationRequested;
import org.jwp.ledger.events.staffloan.StaffLoanAgreed;
import org.jwp.ledger.events.staffloan.StaffLoanCancelled;
import org.jwp.ledger.events.staffloan.StaffLoanCompleted;
import org.jwp.ledger.events.staffloan.StaffLoanDeclined;
import org.jwp.ledger.events.staffloan.StaffLoanProposed;
import org.jwp.ledger.events.staffloan.StaffLoanStarted;
import org.springframework.stereotype.Component;

import static org.jwp.ledger.node.commitment.CommitmentType.CONSULTATION;
import static org.jwp.ledger.node.commitment.CommitmentType.REPRESENTATION;
import static org.jwp.ledger.node.commitment.CommitmentType.STAFF_LOAN;

/**
 * The commitments both secretariats track, joined from both sides' streams: local and replicated events arrive
 * through the same tracking processor, so this never needs to know which node recorded what.
 * The deadline is what makes an open item overdue once passed (docs/api.md).
 */
@Component
@ProcessingGroup(CommitmentProjection.NAME)
class CommitmentProjection {

    static final String NAME = "commitments";

    private final CommitmentWriter writer;

    CommitmentProjection(CommitmentWriter writer) {
        this.writer = writer;
    }

    @EventHandler
    void on(ConsultationRequested e, EventMessage<?> m) {
        writer.open(new CommitmentWriter.Opening(e.consultationId(), CONSULTATION, e.requestedBy(), e.requestedFrom(),
                "REQUESTED", "Comments on " + e.meeting() + " " + e.proposal() + " (" + e.taxon() + ")",
                e.programme(), e.activityCodes(), e.dueDate(), e.actedOn()), m);
    }

    @EventHandler
    void on(ConsultationDueDateExtended e, EventMessage<?> m) {
        writer.reschedule(e.consultationId(), e.dueDate(), m);
    }

    @EventHandler
    void on(ConsultationWithdrawn e, EventMessage<?> m) {
        writer.move(e.consultationId(), "WITHDRAWN", Deadline.NONE, m);
    }

    @EventHandler
    void on(ConsultationCommentSubmitted e, EventMessage<?> m) {
        writer.move(e.consultationId(), "COMMENTED", Deadline.NONE, m);
    }

    @EventHandler
    void on(ConsultationDeclined e, EventMessage<?> m) {
        writer.move(e.consultationId(), "DECLINED", Deadline.NONE, m);
    }

    @EventHandler
    void on(StaffLoanProposed e, EventMessage<?> m) {
        writer.open(new CommitmentWriter.Opening(e.loanId(), STAFF_LOAN, e.lender(), e.host(), "PROPOSED",
                e.role() + " lent by " + e.lender() + " to " + e.host() + ": " + e.purpose(),
                e.programme(), e.activityCodes(), e.startDate(), e.actedOn()), m);
    }

    @EventHandler
    void on(StaffLoanAgreed e, EventMessage<?> m) {
        writer.move(e.loanId(), "AGREED", Deadline.START_DATE, m);
    }

    @EventHandler
    void on(StaffLoanDeclined e, EventMessage<?> m) {
        writer.move(e.loanId(), "DECLINED", Deadline.NONE, m);
    }

    @EventHandler
    void on(StaffLoanStarted e, EventMessage<?> m) {
        writer.move(e.loanId(), "STARTED", Deadline.END_DATE, m);
    }

    @EventHandler
    void on(StaffLoanCompleted e, EventMessage<?> m) {
        writer.move(e.loanId(), "COMPLETED", Deadline.NONE, m);
    }

    @EventHandler
    void on(StaffLoanCancelled e, EventMessage<?> m) {
        writer.move(e.loanId(), "CANCELLED", Deadline.NONE, m);
    }

    @EventHandler
    void on(RepresentationRequested e, EventMessage<?> m) {
        writer.open(new CommitmentWriter.Opening(e.representationId(), REPRESENTATION, e.requestedBy(),
                e.representative(), "REQUESTED", e.representative() + " to represent " + e.requestedBy() + " at "
                + e.meeting() + " (" + e.body().label() + ")", e.programme(), e.activityCodes(), e.startDate(),
                e.actedOn()), m);
    }

    @EventHandler
    void on(RepresentationAccepted e, EventMessage<?> m) {
        writer.move(e.representationId(), "ACCEPTED", Deadline.REPORT_DUE, m);
    }

    @EventHandler
    void on(RepresentationDeclined e, EventMessage<?> m) {
        writer.move(e.representationId(), "DECLINED", Deadline.NONE, m);
    }

    @EventHandler
    void on(RepresentationAttended e, EventMessage<?> m) {
        writer.move(e.representationId(), "ATTENDED", Deadline.NONE, m);
    }

    @EventHandler
    void on(RepresentationReportAcknowledged e, EventMessage<?> m) {
        writer.move(e.representationId(), "ACKNOWLEDGED", Deadline.NONE, m);
    }

    /** A step corrected by the secretariat that recorded it: the item follows the step as it now reads. */
    @EventHandler
    void on(StepCorrected e, EventMessage<?> m) {
        writer.correct(e, m);
    }

    @ResetHandler
    void reset() {
        writer.reset();
    }
}
