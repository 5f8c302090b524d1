package org.jwp.ledger.node.replication;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.jwp.ledger.node.request.LongText;
import org.jwp.ledger.node.web.Recorded;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators accept or refuse the events a peer handed back beyond the last checkpoint this node signed
 * ({@code GET /api/audit/recovery} lists them). Either way the decision, with its reason, is recorded in the ledger.
 */
@RestController
class UnprovenController {

    /** Why: kept in the ledger with the decision, for auditors. */
    record Decision(@NotBlank(message = "must say why") @LongText String reason) {
    }

    private final UnprovenDecisions decisions;

    UnprovenController(UnprovenDecisions decisions) {
        this.decisions = decisions;
    }

    @PostMapping("/api/admin/recovery/unproven/acceptance")
    ResponseEntity<Recorded> accept(@Valid @RequestBody Decision body) {
        String id = decisions.accept(body.reason());
        return Recorded.created("/api/audit/recovery", id);
    }

    @PostMapping("/api/admin/recovery/unproven/refusal")
    ResponseEntity<Recorded> refuse(@Valid @RequestBody Decision body) {
        String id = decisions.refuse(body.reason());
        return Recorded.created("/api/audit/recovery", id);
    }
}
