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
import org.jwp.ledger.node.lifecycle.Lifecycle;
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
                Lifecycle.CONSULTATION.opened(), "Comments on " + e.meeting() + " " + e.proposal() + " ("
                + e.taxon() + ")", e.programme(), e.activityCodes(),
                opening(Lifecycle.CONSULTATION).of(e.dueDate(), null, null), e.actedOn()), m);
    }

    @EventHandler
    void on(ConsultationDueDateExtended e, EventMessage<?> m) {
        writer.reschedule(e.consultationId(), e.dueDate(), m);
    }

    @EventHandler
    void on(ConsultationWithdrawn e, EventMessage<?> m) {
        writer.move(e.consultationId(), Lifecycle.CONSULTATION, m);
    }

    @EventHandler
    void on(ConsultationCommentSubmitted e, EventMessage<?> m) {
        writer.move(e.consultationId(), Lifecycle.CONSULTATION, m);
    }

    @EventHandler
    void on(ConsultationDeclined e, EventMessage<?> m) {
        writer.move(e.consultationId(), Lifecycle.CONSULTATION, m);
    }

    @EventHandler
    void on(StaffLoanProposed e, EventMessage<?> m) {
        writer.open(new CommitmentWriter.Opening(e.loanId(), STAFF_LOAN, e.lender(), e.host(),
                Lifecycle.STAFF_LOAN.opened(),
                e.role() + " lent by " + e.lender() + " to " + e.host() + ": " + e.purpose(),
                e.programme(), e.activityCodes(), opening(Lifecycle.STAFF_LOAN).of(null, e.startDate(), e.endDate()),
                e.actedOn()), m);
    }

    @EventHandler
    void on(StaffLoanAgreed e, EventMessage<?> m) {
        writer.move(e.loanId(), Lifecycle.STAFF_LOAN, m);
    }

    @EventHandler
    void on(StaffLoanDeclined e, EventMessage<?> m) {
        writer.move(e.loanId(), Lifecycle.STAFF_LOAN, m);
    }

    @EventHandler
    void on(StaffLoanStarted e, EventMessage<?> m) {
        writer.move(e.loanId(), Lifecycle.STAFF_LOAN, m);
    }

    @EventHandler
    void on(StaffLoanCompleted e, EventMessage<?> m) {
        writer.move(e.loanId(), Lifecycle.STAFF_LOAN, m);
    }

    @EventHandler
    void on(StaffLoanCancelled e, EventMessage<?> m) {
        writer.move(e.loanId(), Lifecycle.STAFF_LOAN, m);
    }

    @EventHandler
    void on(RepresentationRequested e, EventMessage<?> m) {
        writer.open(new CommitmentWriter.Opening(e.representationId(), REPRESENTATION, e.requestedBy(),
                e.representative(), Lifecycle.REPRESENTATION.opened(), e.representative() + " to represent "
                + e.requestedBy() + " at " + e.meeting() + " (" + e.body().label() + ")", e.programme(),
                e.activityCodes(), opening(Lifecycle.REPRESENTATION).of(null, e.startDate(), e.endDate()),
                e.actedOn()), m);
    }

    @EventHandler
    void on(RepresentationAccepted e, EventMessage<?> m) {
        writer.move(e.representationId(), Lifecycle.REPRESENTATION, m);
    }

    @EventHandler
    void on(RepresentationDeclined e, EventMessage<?> m) {
        writer.move(e.representationId(), Lifecycle.REPRESENTATION, m);
    }

    @EventHandler
    void on(RepresentationAttended e, EventMessage<?> m) {
        writer.move(e.representationId(), Lifecycle.REPRESENTATION, m);
    }

    @EventHandler
    void on(RepresentationReportAcknowledged e, EventMessage<?> m) {
        writer.move(e.representationId(), Lifecycle.REPRESENTATION, m);
    }

    /** A step corrected by the secretariat that recorded it: the item follows the step as it now reads. */
    @EventHandler
    void on(StepCorrected e, EventMessage<?> m) {
        writer.correct(e, m);
    }

    /** The deadline of the status an item opens in. */
    private static org.jwp.ledger.node.lifecycle.Deadline opening(Lifecycle lifecycle) {
        return lifecycle.deadline(lifecycle.opened());
    }

    @ResetHandler
    void reset() {
        writer.reset();
    }
}
