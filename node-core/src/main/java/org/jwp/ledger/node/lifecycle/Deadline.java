package org.jwp.ledger.node.lifecycle;

import java.time.LocalDate;

/**
 * When an open item becomes overdue in a status, in terms of its request's dates (docs/api.md, "Statuses, deadlines
 * and overdue"). The one statement of each deadline: the commitments, the report and the pages all ask it.
 */
public enum Deadline {
    /** Nothing is due: the item is closed, or waits on no date. */
    NONE,
    /** The consultation's due date, as last extended. */
    DUE_DATE,
    /** Before the loan or the meeting starts. */
    START_DATE,
    /** By the loan's end. */
    END_DATE,
    /** The representative's report, within {@link #REPORT_DAYS} days of the meeting's end. */
    REPORT_DUE;

    public static final int REPORT_DAYS = 30;

    /** The day, from the request's dates (those it does not need may be null); null for {@link #NONE}. */
    public LocalDate of(LocalDate due, LocalDate start, LocalDate end) {
        return switch (this) {
            case NONE -> null;
            case DUE_DATE -> due;
            case START_DATE -> start;
            case END_DATE -> end;
            case REPORT_DUE -> end.plusDays(REPORT_DAYS);
        };
    }
}
