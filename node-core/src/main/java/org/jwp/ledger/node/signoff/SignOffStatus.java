package org.jwp.ledger.node.signoff;

import org.jwp.ledger.events.signoff.ReportApproved;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a report stands in its sign-off, folded from the approvals recorded for it (in the ledger's order): pure.
 * A version is issued when an approval completes a pair — CITES and CMS approving one digest — for a digest other
 * than the last issued one.
 */
public final class SignOffStatus {

    static final Set<String> BOTH = Set.of("CITES", "CMS");

    /** One recorded approval: the event, who, when, where it stands in its origin's chain. */
    public record Approval(String eventId, String origin, long sequence, String secretariat, String approvedBy,
                           String approvedAt, String contentDigest, List<ReportApproved.Head> heads) {
    }

    public record Issued(int version, String contentDigest, String issuedAt, List<Approval> approvals) {
    }

    /** {@code state}: DRAFT, APPROVED_BY_ONE, ISSUED or CHANGED_SINCE_ISSUE, for the current draft's digest. */
    public record Status(String report, String contentDigest, String state, List<Approval> approvalsOfDraft,
                         List<Issued> issued) {

        /** Whether {@code secretariat} can approve the current draft: not issued as it stands, not approved yet. */
        public boolean approvableBy(String secretariat) {
            return SignOffStatus.approvableBy(state, approvalsOfDraft, secretariat);
        }
    }

    static boolean approvableBy(String state, List<Approval> approvalsOfDraft, String secretariat) {
        return !state.equals("ISSUED") && approvalsOfDraft.stream().noneMatch(a -> a.secretariat().equals(secretariat));
    }

    private SignOffStatus() {
    }

    public static Status fold(String report, String currentDigest, List<Approval> approvals) {
        Map<String, Map<String, Approval>> byDigest = new HashMap<>();
        List<Issued> issued = new ArrayList<>();
        for (Approval a : approvals) {
            Map<String, Approval> pair = byDigest.computeIfAbsent(a.contentDigest(), d -> new LinkedHashMap<>());
            boolean completes = !pair.containsKey(a.secretariat()) && pair.size() == 1;
            pair.putIfAbsent(a.secretariat(), a);
            String lastIssued = issued.isEmpty() ? null : issued.get(issued.size() - 1).contentDigest();
            if (completes && pair.keySet().equals(BOTH) && !a.contentDigest().equals(lastIssued)) {
                issued.add(new Issued(issued.size() + 1, a.contentDigest(), a.approvedAt(),
                        List.of(pair.get("CITES"), pair.get("CMS"))));
            }
        }
        List<Approval> ofDraft = List.copyOf(byDigest.getOrDefault(currentDigest, Map.of()).values());
        String lastIssued = issued.isEmpty() ? null : issued.get(issued.size() - 1).contentDigest();
        String state = currentDigest.equals(lastIssued) ? "ISSUED"
                : lastIssued != null ? "CHANGED_SINCE_ISSUE"
                : ofDraft.isEmpty() ? "DRAFT" : "APPROVED_BY_ONE";
        return new Status(report, currentDigest, state, ofDraft, List.copyOf(issued));
    }
}
