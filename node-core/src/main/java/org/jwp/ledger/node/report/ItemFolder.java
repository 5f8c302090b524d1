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
import org.jwp.ledger.node.ledger.Assumed;
import org.jwp.ledger.node.lifecycle.Lifecycle;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Folds the workflow events, up to the end of the period, into the commitments' state then and the sentences the
 * report says of them. Replies are folded into the item they answer; the status each step leads to is its
 * lifecycle's.
 */
final class ItemFolder {

    final Map<String, Item> items = new LinkedHashMap<>();

    /**
     * Folds one step in. Every value its recorder assumed is printed with a mark ("date assumed"), and the report
     * never states a timing that follows only from assumed dates.
     */
    void fold(LedgerEvent event, LocalDate periodEnd) {
        Object e = event.payload();
        Assumed a = event.assumed();
        if (e instanceof Record r && actedOn(r).isAfter(periodEnd)) {
            return;
        }
        if (e instanceof ConsultationRequested r) {
            Item i = open(r.consultationId(), Lifecycle.CONSULTATION, r.requestedBy().name(),
                    r.requestedFrom().name(), r.programme(), r.activityCodes(), r.actedOn(), a);
            i.due = r.dueDate();
            i.dueAssumed = a.has("dueDate");
            i.taxon = r.taxon().name();
            i.meeting = r.meeting().name();
            i.title = r.meeting() + " " + a.value("proposal", r.proposal()) + " (" + a.value("taxon", r.taxon()) + ")";
            i.describe = r.requestedBy() + " asked " + r.requestedFrom() + " to comment on " + r.meeting() + " "
                    + a.value("proposal", r.proposal()) + " (" + a.value("taxon", r.taxon()) + ": "
                    + a.value("proposedChange", r.proposedChange()) + ")";
            i.detail = "No answer by the end of the period.";
        } else if (e instanceof ConsultationDueDateExtended x) {
            with(x.consultationId(), x.actedOn(), a, i -> {
                i.due = x.dueDate();
                i.dueAssumed = a.has("dueDate");
            });
        } else if (e instanceof ConsultationWithdrawn w) {
            with(w.consultationId(), w.actedOn(), a, i -> {
                i.step(w, w.actedOn(), i.owner);
                i.detail = i.owner + " withdrew the request on " + a.date("actedOn", w.actedOn()) + ".";
            });
        } else if (e instanceof ConsultationCommentSubmitted c) {
            with(c.consultationId(), c.actedOn(), a, i -> {
                i.step(c, c.actedOn(), c.commentedBy().name());
                if (c.documentRef() != null) {
                    i.documentRefs.add(c.documentRef().value());
                }
                i.timingAssumed = a.has("actedOn") || i.dueAssumed;
                String when = c.actedOn().isAfter(i.due) ? "after the due date " + i.due : "on time";
                i.detail = c.commentedBy() + " commented (" + position(c, a) + ") on " + a.date("actedOn",
                        c.actedOn()) + ", " + (i.timingAssumed ? when + " by the dates assumed" : when) + ".";
            });
        } else if (e instanceof ConsultationDeclined d) {
            with(d.consultationId(), d.actedOn(), a, i -> {
                i.step(d, d.actedOn(), d.declinedBy().name());
                i.detail = d.declinedBy() + " declined to comment on " + a.date("actedOn", d.actedOn()) + ".";
            });
        } else if (e instanceof StaffLoanProposed p) {
            Item i = open(p.loanId(), Lifecycle.STAFF_LOAN, p.lender().name(), p.host().name(), p.programme(),
                    p.activityCodes(), p.actedOn(), a);
            i.start = p.startDate();
            i.end = p.endDate();
            i.title = p.role() + " lent by " + p.lender() + " to " + p.host();
            i.describe = p.lender() + " lent a " + p.role() + " to " + p.host() + " (" + p.purpose() + "), "
                    + a.date("startDate", p.startDate()) + " to " + a.date("endDate", p.endDate());
            i.detail = "Awaiting " + p.host() + "'s agreement.";
        } else if (e instanceof StaffLoanAgreed g) {
            with(g.loanId(), g.actedOn(), a, i -> {
                i.step(g, g.actedOn(), g.agreedBy().name());
                i.detail = "Agreed by " + g.agreedBy() + " on " + a.date("actedOn", g.actedOn()) + ".";
            });
        } else if (e instanceof StaffLoanDeclined d) {
            with(d.loanId(), d.actedOn(), a, i -> {
                i.step(d, d.actedOn(), d.declinedBy().name());
                i.detail = "Declined by " + d.declinedBy() + " on " + a.date("actedOn", d.actedOn()) + ".";
            });
        } else if (e instanceof StaffLoanStarted s) {
            with(s.loanId(), s.actedOn(), a, i -> {
                i.step(s, s.actedOn(), i.owner);
                i.detail = i.detail + " Started on " + a.date("actedOn", s.actedOn()) + ".";
            });
        } else if (e instanceof StaffLoanCompleted c) {
            with(c.loanId(), c.actedOn(), a, i -> {
                i.step(c, c.actedOn(), i.owner);
                i.detail = i.detail + " Completed on " + a.date("actedOn", c.actedOn()) + ": " + c.outcome();
            });
        } else if (e instanceof StaffLoanCancelled c) {
            with(c.loanId(), c.actedOn(), a, i -> {
                i.step(c, c.actedOn(), i.owner);
                i.detail = "Cancelled by " + i.owner + " on " + a.date("actedOn", c.actedOn()) + ".";
            });
        } else if (e instanceof RepresentationRequested r) {
            Item i = open(r.representationId(), Lifecycle.REPRESENTATION, r.requestedBy().name(),
                    r.representative().name(), r.programme(), r.activityCodes(), r.actedOn(), a);
            i.start = r.startDate();
            i.end = r.endDate();
            i.title = r.meeting() + " (" + Bodies.label(r.body()) + ")";
            i.describe = r.requestedBy() + " asked " + r.representative() + " to represent it at " + r.meeting()
                    + " (" + Bodies.label(r.body()) + (r.place() == null ? "" : ", " + r.place()) + ", "
                    + a.date("startDate", r.startDate()) + (r.endDate().equals(r.startDate()) ? ""
                    : " to " + a.date("endDate", r.endDate())) + ")";
            i.detail = "Awaiting " + r.representative() + "'s answer.";
        } else if (e instanceof RepresentationAccepted c) {
            with(c.representationId(), c.actedOn(), a, i -> {
                i.step(c, c.actedOn(), c.acceptedBy().name());
                i.detail = c.acceptedBy() + " accepted on " + a.date("actedOn", c.actedOn())
                        + "; attendance not yet reported.";
            });
        } else if (e instanceof RepresentationDeclined d) {
            with(d.representationId(), d.actedOn(), a, i -> {
                i.step(d, d.actedOn(), d.declinedBy().name());
                i.detail = d.declinedBy() + " declined on " + a.date("actedOn", d.actedOn()) + ".";
            });
        } else if (e instanceof RepresentationAttended t) {
            with(t.representationId(), t.actedOn(), a, i -> {
                i.step(t, t.actedOn(), t.attendedBy().name());
                i.refs(t.documentRefs());
                i.detail = t.attendedBy() + " attended on " + a.date("attendedOn", t.attendedOn())
                        + (t.statementDelivered() ? " and delivered a statement" : "") + ": " + t.outcome();
            });
        } else if (e instanceof RepresentationReportAcknowledged k) {
            with(k.representationId(), k.actedOn(), a, i -> {
                i.step(k, k.actedOn(), i.owner);
                i.detail = i.detail + " " + i.owner + " acknowledged the report on " + a.date("actedOn", k.actedOn())
                        + ".";
            });
        }
    }

    /** The position a comment states, as the report words it: none stated is said so, an assumed one marked. */
    static String position(ConsultationCommentSubmitted c, Assumed a) {
        return c.position() == null ? "position not stated"
                : a.value("position", c.position().name().toLowerCase().replace('_', ' '));
    }

    private static LocalDate actedOn(Record event) {
        try {
            return (LocalDate) event.getClass().getMethod("actedOn").invoke(event);
        } catch (ReflectiveOperationException ex) {
            throw new IllegalStateException(event.getClass() + " has no actedOn", ex);
        }
    }

    private Item open(String id, Lifecycle lifecycle, String owner, String counterpart, String programme,
                      List<ActivityCode> codes, LocalDate on, Assumed a) {
        Item i = new Item(id, lifecycle, owner, counterpart, programme, codes, on);
        i.actors.add(owner);
        i.acted(on, a.has("actedOn"));
        items.put(id, i);
        return i;
    }

    private void with(String id, LocalDate on, Assumed a, Consumer<Item> change) {
        Item i = items.get(id);
        if (i != null) {
            change.accept(i);
            i.acted(on, a.has("actedOn"));
        }
    }
}
