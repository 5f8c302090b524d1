package org.jwp.ledger.node.ui;

import org.jwp.ledger.node.commitment.CommitmentQueries;
import org.jwp.ledger.node.commitment.CommitmentView;
import org.jwp.ledger.node.ledger.NodeIdentity;
import org.jwp.ledger.node.replication.Replication;
import org.jwp.ledger.node.request.ActedOn;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.List;

/**
 * What awaits us (the peer's requests for our comment, loans to agree, ...), what we wait for from the peer, overdue
 * first (the query's order), and how replication with each peer stands.
 */
@Controller
class DashboardPage {

    record Entry(CommitmentView item, List<Step> steps) {
    }

    private final CommitmentQueries commitments;
    private final Replication replication;
    private final NodeIdentity identity;
    private final ActedOn dates;
    private final ReportingCycle cycle;

    DashboardPage(CommitmentQueries commitments, Replication replication, NodeIdentity identity, ActedOn dates,
                  ReportingCycle cycle) {
        this.cycle = cycle;
        this.commitments = commitments;
        this.replication = replication;
        this.identity = identity;
        this.dates = dates;
    }

    @GetMapping("/")
    String dashboard(Model model) {
        String self = identity.secretariat().name();
        List<CommitmentView> all = commitments.list(new CommitmentQueries.Filter(null, null, null, null, null),
                dates.today());
        model.addAttribute("awaitingUs", awaiting(all, self, true));
        model.addAttribute("awaitingPeer", awaiting(all, self, false));
        model.addAttribute("peers", replication.status());
        model.addAttribute("newItems", Steps.newItems());
        java.util.Set<String> roles = org.jwp.ledger.node.security.SignedIn.current().map(a -> a.getAuthorities()
                .stream().map(g -> g.getAuthority().replace("ROLE_", "")).collect(java.util.stream.Collectors.toSet()))
                .orElse(java.util.Set.of());
        model.addAllAttributes(cycle.model(self, roles, dates.today()));
        return "dashboard";
    }

    /** Items whose next awaited step is ours ({@code ours}) or the peer's, with the steps we may take now. */
    private static List<Entry> awaiting(List<CommitmentView> all, String self, boolean ours) {
        return all.stream().map(c -> new Entry(c, Steps.offeredFor(c.type().name(), c.status(),
                        c.owner().equals(self) == ours)))
                .filter(e -> e.steps().stream().anyMatch(Steps::awaited))
                .map(e -> ours ? e : new Entry(e.item(), List.of())).toList();
    }
}
