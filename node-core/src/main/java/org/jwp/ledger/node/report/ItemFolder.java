package org.jwp.ledger.node.report;

import org.jwp.ledger.events.ActivityCode;
import org.jwp.ledger.events.consultation.ConsultationCommentSubmitted;
import org.jwp.ledger.events.consultation.ConsultationDeclined;
import org.jwp.ledger.events.consultation.ConsultationDueDateExtended;
import org.jwp.ledger.events.consultation.ConsultationRequested;
import org.jwp.ledger.events.consultation.ConsultationWithdrawn;
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

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Folds the workflow events, up to the end of the period, into the commitments' state then and the sentences the
 * report says of them. Replies are folded into the item they answer.
 */
final class ItemFolder {

    final Map<String, Item> items = new LinkedHashMap<>();

    void fold(Object e, LocalDate periodEnd) {
        if (e instanceof Record r && actedOn(r).isAfter(periodEnd)) {
            return;
        }
        if (e instanceof ConsultationRequested r) {
            Item i = open(r.consultationId(), "CONSULTATION", r.requestedBy().name(), r.requestedFrom().name(),
                    r.programme(), r.activityCodes(), r.actedOn(), "REQUESTED");
            i.due = r.dueDate();
            i.taxon = r.taxon().name();
            i.meeting = r.meeting().name();
            i.title = r.meeting() + " " + r.proposal() + " (" + r.taxon() + ")";
            i.describe = r.requestedBy() + " asked " + r.requestedFrom() + " to comment on " + r.meeting() + " "
                    + r.proposal() + " (" + r.taxon() + ": " + r.proposedChange() + ")";
            i.detail = "No answer by the end of the period.";
        } else if (e instanceof ConsultationDueDateExtended x) {
            with(x.consultationId(), x.actedOn(), i -> i.due = x.dueDate());
        } else if (e instanceof ConsultationWithdrawn w) {
            with(w.consultationId(), w.actedOn(), i -> {
                i.step("WITHDRAWN", w.actedOn(), i.owner);
                i.detail = i.owner + " withdrew the request on " + w.actedOn() + ".";
            });
        } else if (e instanceof ConsultationCommentSubmitted c) {
            with(c.consultationId(), c.actedOn(), i -> {
                i.step("COMMENTED", c.actedOn(), c.commentedBy().name());
                if (c.documentRef() != null) {
                    i.documentRefs.add(c.documentRef().value());
                }
                i.detail = c.commentedBy() + " commented (" + c.position().name().toLowerCase().replace('_', ' ')
                        + ") on " + c.actedOn() + ", " + (c.actedOn().isAfter(i.due)
                        ? "after the due date " + i.due : "on time") + ".";
            });
        } else if (e instanceof ConsultationDeclined d) {
            with(d.consultationId(), d.actedOn(), i -> {
                i.step("DECLINED", d.actedOn(), d.declinedBy().name());
                i.detail = d.declinedBy() + " declined to comment on " + d.actedOn() + ".";
            });
        } else if (e instanceof StaffLoanProposed p) {
            Item i = open(p.loanId(), "STAFF_LOAN", p.lender().name(), p.host().name(), p.programme(),
                    p.activityCodes(), p.actedOn(), "PROPOSED");
            i.start = p.startDate();
            i.end = p.endDate();
            i.title = p.role() + " lent by " + p.lender() + " to " + p.host();
            i.describe = p.lender() + " lent a " + p.role() + " to " + p.host() + " (" + p.purpose() + "), "
                    + p.startDate() + " to " + p.endDate();
            i.detail = "Awaiting " + p.host() + "'s agreement.";
        } else if (e instanceof StaffLoanAgreed a) {
            with(a.loanId(), a.actedOn(), i -> {
                i.step("AGREED", a.actedOn(), a.agreedBy().name());
                i.detail = "Agreed by " + a.agreedBy() + " on " + a.actedOn() + ".";
            });
        } else if (e instanceof StaffLoanDeclined d) {
            with(d.loanId(), d.actedOn(), i -> {
                i.step("DECLINED", d.actedOn(), d.declinedBy().name());
                i.detail = "Declined by " + d.declinedBy() + " on " + d.actedOn() + ".";
            });
        } else if (e instanceof StaffLoanStarted s) {
            with(s.loanId(), s.actedOn(), i -> {
                i.step("STARTED", s.actedOn(), i.owner);
                i.detail = i.detail + " Started on " + s.actedOn() + ".";
            });
        } else if (e instanceof StaffLoanCompleted c) {
            with(c.loanId(), c.actedOn(), i -> {
                i.step("COMPLETED", c.actedOn(), i.owner);
                i.detail = i.detail + " Completed on " + c.actedOn() + ": " + c.outcome();
            });
        } else if (e instanceof StaffLoanCancelled c) {
            with(c.loanId(), c.actedOn(), i -> {
                i.step("CANCELLED", c.actedOn(), i.owner);
                i.detail = "Cancelled by " + i.owner + " on " + c.actedOn() + ".";
            });
        } else if (e instanceof RepresentationRequested r) {
            Item i = open(r.representationId(), "REPRESENTATION", r.requestedBy().name(), r.representative().name(),
                    r.programme(), r.activityCodes(), r.actedOn(), "REQUESTED");
            i.start = r.startDate();
            i.end = r.endDate();
            i.title = r.meeting() + " (" + Bodies.label(r.body()) + ")";
            i.describe = r.requestedBy() + " asked " + r.representative() + " to represent it at " + r.meeting()
                    + " (" + Bodies.label(r.body()) + (r.place() == null ? "" : ", " + r.place()) + ", "
                    + r.startDate() + (r.endDate().equals(r.startDate()) ? "" : " to " + r.endDate()) + ")";
            i.detail = "Awaiting " + r.representative() + "'s answer.";
        } else if (e instanceof RepresentationAccepted a) {
            with(a.representationId(), a.actedOn(), i -> {
                i.step("ACCEPTED", a.actedOn(), a.acceptedBy().name());
                i.detail = a.acceptedBy() + " accepted on " + a.actedOn() + "; attendance not yet reported.";
            });
        } else if (e instanceof RepresentationDeclined d) {
            with(d.representationId(), d.actedOn(), i -> {
                i.step("DECLINED", d.actedOn(), d.declinedBy().name());
                i.detail = d.declinedBy() + " declined on " + d.actedOn() + ".";
            });
        } else if (e instanceof RepresentationAttended a) {
            with(a.representationId(), a.actedOn(), i -> {
                i.step("ATTENDED", a.actedOn(), a.attendedBy().name());
                i.refs(a.documentRefs());
                i.detail = a.attendedBy() + " attended on " + a.attendedOn() + (a.statementDelivered()
                        ? " and delivered a statement" : "") + ": " + a.outcome();
            });
        } else if (e instanceof RepresentationReportAcknowledged k) {
            with(k.representationId(), k.actedOn(), i -> {
                i.step("ACKNOWLEDGED", k.actedOn(), i.owner);
                i.detail = i.detail + " " + i.owner + " acknowledged the report on " + k.actedOn() + ".";
            });
        }
    }

    private static LocalDate actedOn(Record event) {
        try {
            return (LocalDate) event.getClass().getMethod("actedOn").invoke(event);
        } catch (ReflectiveOperationException ex) {
            throw new IllegalStateException(event.getClass() + " has no actedOn", ex);
        }
    }

    private Item open(String id, String kind, String owner, String counterpart, String programme,
                      List<ActivityCode> codes, LocalDate on, String status) {
        Item i = new Item(id, kind, owner, counterpart, programme, codes, on, status);
        i.actors.add(owner);
        i.actedOn.add(on);
        items.put(id, i);
        return i;
    }

    private void with(String id, LocalDate on, Consumer<Item> change) {
        Item i = items.get(id);
        if (i != null) {
            change.accept(i);
            i.actedOn.add(on);
        }
    }
}
