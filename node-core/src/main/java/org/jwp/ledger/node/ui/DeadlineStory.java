package org.jwp.ledger.node.ui;

import com.fasterxml.jackson.databind.JsonNode;
import org.jwp.ledger.node.commitment.CommitmentView;
import org.jwp.ledger.node.lifecycle.Deadline;

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
        boolean assumedDates = item.history().stream().anyMatch(h -> h.assumed().stream()
                .anyMatch(f -> f.equals("actedOn") || f.endsWith("Date")));
        List<String> lines = new ArrayList<>();
        JsonNode request = item.details().path("request");
        String counterpart = item.counterpart();
        String owner = item.owner();
        String dueNow = null;
        switch (item.type()) {
            case CONSULTATION -> {
                LocalDate due = date(request, "dueDate");
                lines.add("Comments from " + counterpart + (due.isBefore(today) ? " were" : " are") + " due by "
                        + opening(item, "dueDate", due) + ".");
                for (CommitmentView.HistoryEntry h : item.history()) {
                    switch (h.type()) {
                        case "ConsultationDueDateExtended" -> {
                            due = date(h.payload(), "dueDate");
                            lines.add(owner + " extended the due date to " + marked(h, "dueDate", due) + " on "
                                    + on(h) + ".");
                        }
                        case "ConsultationCommentSubmitted" -> lines.add(counterpart + " commented on "
                                + on(h) + ", " + timeliness(assumedDates, h.actedOn(), due) + ".");
                        case "ConsultationDeclined" -> lines.add(counterpart + " declined to comment on "
                                + on(h) + ", " + timeliness(assumedDates, h.actedOn(), due) + ".");
                        case "ConsultationWithdrawn" -> lines.add(owner + " withdrew the request on "
                                + on(h) + "; nothing is due any more.");
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
                lines.add(owner + " proposed the loan for " + opening(item, "startDate", start) + " to "
                        + opening(item, "endDate", end) + "; " + counterpart + "'s answer "
                        + (start.isAfter(today) ? "is" : "was") + " due before the start.");
                for (CommitmentView.HistoryEntry h : item.history()) {
                    switch (h.type()) {
                        case "StaffLoanAgreed" -> lines.add(counterpart + " agreed on " + on(h) + ", "
                                + timeliness(assumedDates, h.actedOn(), start) + ".");
                        case "StaffLoanDeclined" -> lines.add(counterpart + " declined on " + on(h) + ".");
                        case "StaffLoanStarted" -> lines.add("The loan started on " + on(h) + ".");
                        case "StaffLoanCompleted" -> lines.add("The loan ended on " + on(h) + ", "
                                + timeliness(assumedDates, h.actedOn(), end) + ".");
                        case "StaffLoanCancelled" -> lines.add(owner + " cancelled the loan on " + on(h)
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
                LocalDate reportDue = Deadline.REPORT_DUE.of(null, start, date(request, "endDate"));
                lines.add(owner + " asked " + counterpart + " to attend from " + opening(item, "startDate", start)
                        + "; the answer " + (start.isAfter(today) ? "is" : "was") + " due before the meeting, the "
                        + "report within " + Deadline.REPORT_DAYS + " days of its end (" + reportDue + ").");
                for (CommitmentView.HistoryEntry h : item.history()) {
                    switch (h.type()) {
                        case "RepresentationAccepted" -> lines.add(counterpart + " accepted on " + on(h) + ", "
                                + timeliness(assumedDates, h.actedOn(), start) + ".");
                        case "RepresentationDeclined" -> lines.add(counterpart + " declined on " + on(h)
                                + ".");
                        case "RepresentationAttended" -> lines.add(counterpart + " reported on the meeting on "
                                + on(h) + ", " + timeliness(assumedDates, h.actedOn(), reportDue) + ".");
                        case "RepresentationReportAcknowledged" -> lines.add(owner + " acknowledged the report on "
                                + on(h) + ".");
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

    /** A step's date of action, marked when its recorder assumed it. */
    private static String on(CommitmentView.HistoryEntry h) {
        return marked(h, "actedOn", h.actedOn());
    }

    private static String marked(CommitmentView.HistoryEntry h, String field, Object date) {
        return date + (h.assumed().contains(field) ? " (date assumed)" : "");
    }

    /** A date the opening step gives, marked when its recorder assumed it. */
    private static String opening(CommitmentView item, String field, Object date) {
        return item.history().isEmpty() ? String.valueOf(date) : marked(item.history().get(0), field, date);
    }

    /** On time or late, unless a date it rests on was assumed: then the page does not claim either. */
    private static String timeliness(boolean assumedDates, LocalDate on, LocalDate due) {
        return assumedDates ? "its timing not known (dates assumed)" : timeliness(on, due);
    }

    static String timeliness(LocalDate on, LocalDate due) {
        long late = ChronoUnit.DAYS.between(due, on);
        return late <= 0 ? "on time" : late + (late == 1 ? " day late" : " days late");
    }

    private static LocalDate date(JsonNode node, String field) {
        return LocalDate.parse(node.get(field).asText());
    }
}
