package org.jwp.ledger.events.signoff;

import org.jwp.ledger.events.Contract;
import org.jwp.ledger.events.Secretariat;

import java.time.LocalDate;
import java.util.List;

/**
 * A secretariat's approver approved a report's content: which report ({@code annual/2025} or
 * {@code programme/2015-2020}), the content digest approved (docs/reports.md) and the ledger heads the approved
 * content was computed from. A report is issued when both secretariats have approved the same digest.
 */
@Contract(revision = "1")
public record ReportApproved(
        String approvalId,
        Secretariat secretariat,
        String report,
        String contentDigest,
        List<Head> heads,
        LocalDate actedOn) {

    /** One origin's head: last sequence and its chain hash. */
    public record Head(String origin, long sequence, String hash) {
    }

    public ReportApproved {
        heads = List.copyOf(heads);
    }
}
