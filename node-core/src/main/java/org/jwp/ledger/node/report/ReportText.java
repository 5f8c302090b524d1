package org.jwp.ledger.node.report;

import java.util.ArrayList;
import java.util.List;

/** The words every format of the report shares, so html, md and docx say the same thing. */
final class ReportText {

    static final String DESCRIPTION = "Description of joint activities";
    static final String RESULTS = "Results";
    static final String LEDGER_TITLE = "From the ledger";
    static final String LEDGER_INTRO = "What follows is not part of the annex: it is what the two secretariats' "
            + "ledger recorded for each row of the programme in this period (results and workflow items, with their "
            + "dates, identifiers and who recorded them), then the shared species, the commitments still open, counts "
            + "and the ledger position this report was computed from.";
    static final String NOTHING = "Nothing recorded in this period.";

    private ReportText() {
    }

    static String scope(Report r) {
        return "Programme: " + r.programmeTitle() + ". Period: " + r.periodFrom() + " to " + r.periodTo() + "."
                + (r.asOf() == null ? "" : " As the ledger stood at " + r.asOf() + ".");
    }

    static String rowTitle(Report.LedgerRow row) {
        return row.activities() + (row.heading() == null ? "" : " " + Markup.plain(row.heading()));
    }

    static List<String> provenance(Report r) {
        List<String> lines = new ArrayList<>();
        lines.add("Content SHA-256: " + r.contentSha256() + " (of the RFC 8785 form of the report's content, "
                + "without the ledger position below)");
        for (Report.Head h : r.heads()) {
            lines.add("Computed at " + h.origin() + " sequence " + h.sequence() + ", chain hash " + h.hash());
        }
        return lines;
    }

    static final String ATTESTATION_TITLE = "Attestation: approved by both secretariats";
    static final String VERIFICATION_TITLE = "Verification note";

    /** An issued report's approvals in plain words, for the reader of the document; none for a draft. */
    static List<String> attestation(Report r) {
        List<String> lines = new ArrayList<>();
        if (r.attestation() == null) {
            return lines;
        }
        lines.add(String.join(" and ", r.attestation().stream().map(a -> "by the " + a.secretariat()
                + " Secretariat on " + a.approvedAt().substring(0, 10) + " (" + a.approvedBy() + ")").toList())
                .replaceFirst("^by", "Approved by") + ".");
        lines.add("Anyone can check this document against both secretariats' ledgers: see the verification note.");
        return lines;
    }

    /**
     * What a verifier needs, in a small appendix: the content's digest and, per approval, where it stands in its
     * origin's chain and the signed checkpoint that covers it. None for a draft.
     */
    static List<String> verification(Report r) {
        List<String> lines = new ArrayList<>();
        if (r.attestation() == null) {
            return lines;
        }
        lines.add("With an export of either ledger and both secretariats' public keys, a verifier (ledger "
                + "verify-report) checks that this document's content has the SHA-256 below and that both approvals "
                + "of that content stand in the ledgers, signed, as stated here.");
        lines.add("Both secretariats approved the content with SHA-256 " + r.contentSha256() + ".");
        for (Report.Attestation a : r.attestation()) {
            lines.add(a.secretariat() + ": approved by " + a.approvedBy() + " at " + a.approvedAt() + " (event "
                    + a.eventId() + ", " + a.origin() + " sequence " + a.sequence() + ", chain hash " + a.chainHash()
                    + "); " + (a.checkpointSequence() == 0 ? "not yet covered by a signed checkpoint"
                    : "covered by " + a.origin() + "'s checkpoint at sequence " + a.checkpointSequence() + " (hash "
                    + a.checkpointHash() + ", signed " + a.checkpointTime() + " with key " + a.checkpointKey()
                    + ", signature " + a.checkpointSignature() + ")") + ".");
        }
        return lines;
    }

    /** An item's status as the document says it ("Proposed"), not as the contract names it ({@code PROPOSED}). */
    static String status(String status) {
        String words = status.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
