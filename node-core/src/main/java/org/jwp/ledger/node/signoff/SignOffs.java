package org.jwp.ledger.node.signoff;

import org.jwp.ledger.node.report.Report;
import org.jwp.ledger.node.report.ReportDiff;
import org.jwp.ledger.node.report.Reports;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sign-off of every report in words, for the reports page: only reports someone approved are built (a report
 * nobody approved is a draft), so the page stays cheap however many years it lists.
 */
@Component
public class SignOffs {

    private final Reports reports;
    private final Approvals approvals;

    SignOffs(Reports reports, Approvals approvals) {
        this.reports = reports;
        this.approvals = approvals;
    }

    /**
     * Where a report stands for the people who sign it off: {@code text} as the pages say it ("Issued (version 1,
     * 2026-11-30)"), how many versions were issued, and which secretariats approved the current draft (with the
     * approval of the other, what one approver waits for from the other).
     */
    public record Standing(String report, String state, String text, int issuedVersions,
                           List<SignOffStatus.Approval> approvalsOfDraft, String contentDigest) {

        public static Standing draft(String report) {
            return new Standing(report, "DRAFT", "Draft", 0, List.of(), null);
        }

        /** Whether {@code secretariat} can approve the current draft: not issued as it stands, not approved yet. */
        public boolean approvableBy(String secretariat) {
            return SignOffStatus.approvableBy(state, approvalsOfDraft, secretariat);
        }

        /** The other secretariat approved the current draft and {@code secretariat} has not: it awaits them. */
        public boolean awaits(String secretariat) {
            return approvableBy(secretariat) && !approvalsOfDraft.isEmpty();
        }
    }

    /** Whether a version of the report was ever issued (both approved one digest); no draft is built for it. */
    public boolean everIssued(String key) {
        return !SignOffStatus.fold(key, "", approvals.of(key)).issued().isEmpty();
    }

    /** Every report with an approval, by key ({@code annual/2025}); the others are drafts. */
    public Map<String, Standing> standings() {
        Map<String, Standing> standings = new LinkedHashMap<>();
        approvals.all().forEach((key, list) -> {
            SignOffStatus.Status s = status(key, list);
            standings.put(key, new Standing(key, s.state(), describe(s), s.issued().size(), s.approvalsOfDraft(),
                    s.contentDigest()));
        });
        return standings;
    }

    /**
     * The current draft of a report, where it stands, and — once changed since its last issued version — what
     * changed in the annex, paragraph by paragraph: what an approver sees before approving.
     */
    public record Draft(Report report, SignOffStatus.Status status, String state,
                        List<ReportDiff.RowChange> changesSinceIssue) {
    }

    public Draft draft(String key) {
        Report draft = reports.draft(key, null, null);
        SignOffStatus.Status status = SignOffStatus.fold(key, draft.contentSha256(), approvals.of(key));
        List<ReportDiff.RowChange> changes = status.state().equals("CHANGED_SINCE_ISSUE")
                ? ReportDiff.paragraphs(issued(key, status, status.issued().size(), null), draft) : List.of();
        return new Draft(draft, status, describe(status), changes);
    }

    /** An issued version, rebuilt from the heads its completing approval recorded and checked against its digest. */
    Report issued(String key, SignOffStatus.Status status, int version, String reference) {
        SignOffStatus.Issued issued = status.issued().get(version - 1);
        SignOffStatus.Approval completing = issued.approvals().stream()
                .max(java.util.Comparator.comparing(SignOffStatus.Approval::approvedAt)).orElseThrow();
        Map<String, Long> heads = new LinkedHashMap<>();
        completing.heads().forEach(h -> heads.put(h.origin(), h.sequence()));
        Report report = reports.at(key, heads, reference);
        if (!report.contentSha256().equals(issued.contentDigest())) {
            throw new IllegalStateException("issued version " + version + " of " + key + " cannot be reproduced: "
                    + "digest " + report.contentSha256() + " at the approved heads, " + issued.contentDigest()
                    + " approved");
        }
        return report.withAttestation(approvals.attest(issued.approvals()));
    }

    private SignOffStatus.Status status(String key, List<SignOffStatus.Approval> list) {
        return SignOffStatus.fold(key, reports.draft(key, null, null).contentSha256(), list);
    }

    static String describe(SignOffStatus.Status s) {
        String approvedBy = String.join(" and ", s.approvalsOfDraft().stream()
                .map(a -> a.secretariat() + " (" + a.approvedBy() + ")").toList());
        if (s.issued().isEmpty()) {
            return approvedBy.isEmpty() ? "Draft" : "Draft approved by " + approvedBy;
        }
        SignOffStatus.Issued last = s.issued().get(s.issued().size() - 1);
        String issued = "version " + last.version() + ", " + last.issuedAt().substring(0, 10);
        return switch (s.state()) {
            case "ISSUED" -> "Issued (" + issued + ")";
            default -> "Changed since the version issued (" + issued + ")"
                    + (approvedBy.isEmpty() ? "" : "; new draft approved by " + approvedBy);
        };
    }
}
