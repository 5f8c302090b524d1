package org.jwp.ledger.node.ui;

import org.jwp.ledger.node.audit.Audit;
import org.jwp.ledger.node.audit.CheckpointStore;
import org.jwp.ledger.node.audit.VerifierDownload;
import org.jwp.ledger.format.LedgerVerifier;
import org.jwp.ledger.node.ledger.LedgerStore;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

import java.util.List;

/** For auditors: each origin's head and checkpoints, verification on demand, and the export to verify offline. */
@Controller
class AuditPage {

    private final Audit audit;
    private final LedgerStore ledger;
    private final CheckpointStore checkpoints;
    private final VerifierDownload verifier;

    AuditPage(Audit audit, LedgerStore ledger, CheckpointStore checkpoints, VerifierDownload verifier) {
        this.audit = audit;
        this.ledger = ledger;
        this.checkpoints = checkpoints;
        this.verifier = verifier;
    }

    @GetMapping("/audit")
    String page(Model model) {
        model.addAttribute("heads", ledger.heads());
        model.addAttribute("verifierJar", verifier.jar().orElse(null));
        model.addAttribute("checkpoints", checkpoints.all().stream()
                .sorted((a, b) -> Long.compare(b.sequence(), a.sequence())).limit(20).toList());
        return "audit";
    }

    /** A POST, not a link: verification reads the whole ledger, so it runs when asked, not when prefetched. */
    @PostMapping("/audit/verification")
    String verify(Model model) {
        List<LedgerVerifier.OriginReport> reports = audit.verify();
        model.addAttribute("verification", reports);
        model.addAttribute("verdict", LedgerVerifier.overall(reports).name());
        return page(model);
    }
}
