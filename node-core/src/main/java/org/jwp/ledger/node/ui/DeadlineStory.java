package org.jwp.ledger.node.ui;

import com.fasterxml.jackson.databind.JsonNode;
import org.jwp.ledger.node.commitment.CommitmentView;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole story of an item's deadlines, as its page tells it: what was due from whom and by when, each extension,
 * when the answer came and whether on time (or how many days late), and what is due now. Pure, from the item's
 * history as it now reads (corrections folded in).
 */
final class DeadlineStory {

    /** {@code lines}: the story in order; {@code dueNow}: what is awaited now, from whom and by when, if anything. */
    record Story(List<String> lines, String dueNow) {
    }

    private DeadlineStory() {
    }

    static Story of(CommitmentView item, LocalDate today) {
        List<String> lines = new ArrayList<>();
        JsonNode request = item.details().path("request");
        String counterpart = item.counterpart();
        String owner = item.owner();
        String dueNow = null;
        switch (item.type()) {
            case CONSULTATION -> {
                LocalDate due = date(request, "dueDate");
                lines.add("Comments from " + counterpart + " were due by " + due + ".");
                for (CommitmentView.HistoryEntry h : item.history()) {
                    switch (h.type()) {
                        case "ConsultationDueDateExtended" -> {
                            due = date(h.payload(), "dueDate");
                            lines.add(owner + " extended the due date to " + due + " on " + h.actedOn() + ".");
                        }
                        case "ConsultationCommentSubmitted" -> lines.add(counterpart + " commented on "
                                + h.actedOn() + ", " + timeliness(h.actedOn(), due) + ".");
                        case "ConsultationDeclined" -> lines.add(counterpart + " declined to comment on "
                                + h.actedOn() + ", " + timeliness(h.actedOn(), due) + ".");
                        case "ConsultationWithdrawn" -> lines.add(owner + " withdrew the request on "
                                + h.actedOn() + "; nothing is due any more.");
                        default -> { }
                    }
                }
                if (item.status().equals("REQUESTED")) {
                    dueNow = "Comments from " + counterpart + " by " + due;
                }
            }
            case STAFF_LOAN -> {
                LocalDate start = date(request, "startDate");
                LocalDate end = date(request, "endDate");
                lines.add(owner + " proposed the loan for " + start + " to " + end + "; " + counterpart
                        + "'s answer was due before the start.");
                for (CommitmentView.HistoryEntry h : item.history()) {
                    switch (h.type()) {
                        case "StaffLoanAgreed" -> lines.add(counterpart + " agreed on " + h.actedOn() + ", "
                                + timeliness(h.actedOn(), start) + ".");
                        case "StaffLoanDeclined" -> lines.add(counterpart + " declined on " + h.actedOn() + ".");
                        case "StaffLoanStarted" -> lines.add("The loan started on " + h.actedOn() + ".");
                        case "StaffLoanCompleted" -> lines.add("The loan ended on " + h.actedOn() + ", "
                                + timeliness(h.actedOn(), end) + ".");
                        case "StaffLoanCancelled" -> lines.add(owner + " cancelled the loan on " + h.actedOn()
                                + ".");
                        default -> { }
                    }
                }
                dueNow = switch (item.status()) {
                    case "PROPOSED" -> counterpart + "'s answer, before " + start;
                    case "AGREED" -> "The start of the loan, by " + start + " (" + owner + ")";
                    case "STARTED" -> "The end of the loan, by " + end + " (" + owner + ")";
                    default -> null;
                };
            }
            case REPRESENTATION -> {
                LocalDate start = date(request, "startDate");
                LocalDate reportDue = date(request, "endDate").plusDays(30);
                lines.add(owner + " asked " + counterpart + " to attend from " + start + "; the answer was due "
                        + "before the meeting, the report within 30 days of its end (" + reportDue + ").");
                for (CommitmentView.HistoryEntry h : item.history()) {
                    switch (h.type()) {
                        case "RepresentationAccepted" -> lines.add(counterpart + " accepted on " + h.actedOn() + ", "
                                + timeliness(h.actedOn(), start) + ".");
                        case "RepresentationDeclined" -> lines.add(counterpart + " declined on " + h.actedOn()
                                + ".");
                        case "RepresentationAttended" -> lines.add(counterpart + " reported on the meeting on "
                                + h.actedOn() + ", " + timeliness(h.actedOn(), reportDue) + ".");
                        case "RepresentationReportAcknowledged" -> lines.add(owner + " acknowledged the report on "
                                + h.actedOn() + ".");
                        default -> { }
                    }
                }
                dueNow = switch (item.status()) {
                    case "REQUESTED" -> counterpart + "'s answer, before " + start;
                    case "ACCEPTED" -> "The report on the meeting from " + counterpart + ", by " + reportDue;
                    case "ATTENDED" -> owner + "'s acknowledgement of the report";
                    default -> null;
                };
            }
        }
        if (dueNow != null && item.overdue()) {
            dueNow += " — overdue by " + ChronoUnit.DAYS.between(item.deadline(), today) + " days";
        }
        return new Story(List.copyOf(lines), dueNow);
    }

    static String timeliness(LocalDate on, LocalDate due) {
        long late = ChronoUnit.DAYS.between(due, on);
        return late <= 0 ? "on time" : late + (late == 1 ? " day late" : " days late");
    }

    private static LocalDate date(JsonNode node, String field) {
        return LocalDate.parse(node.get(field).asText());
    }
}
