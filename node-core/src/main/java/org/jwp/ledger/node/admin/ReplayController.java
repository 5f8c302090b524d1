package org.jwp.ledger.node.admin;

import org.axonframework.config.EventProcessingConfiguration;
import org.jwp.ledger.node.duties.ReadModelResets;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.jwp.ledger.node.audit.Audit;
import org.jwp.ledger.format.LedgerVerifier;
import org.jwp.ledger.node.ledger.CommandRefused;
import org.jwp.ledger.node.ledger.WriteGate;
import org.jwp.ledger.node.request.Checks;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Rebuilds projections from the event store (Axon resets the tracking tokens; each projection's reset handler
 * empties its tables). The node keeps answering meanwhile; reads show the rebuild in progress until it catches up.
 */
@RestController
@RequestMapping("/api/admin")
class ReplayController {

    private final EventProcessingConfiguration processing;
    private final Audit audit;
    private final WriteGate gate;
    private final ReadModelResets resets;

    ReplayController(EventProcessingConfiguration processing, Audit audit, WriteGate gate, ReadModelResets resets) {
        this.processing = processing;
        this.audit = audit;
        this.gate = gate;
        this.resets = resets;
    }

    @PostMapping("/replay")
    ResponseEntity<Map<String, List<String>>> replay(@RequestParam(required = false) String projection) {
        TreeSet<String> known = new TreeSet<>(processing.eventProcessors().keySet());
        new Checks().check(projection == null || known.contains(projection), "projection",
                "must be one of " + known).orThrow();
        List<String> names = projection == null ? List.copyOf(known) : List.of(projection);
        // Read models are rebuilt only from a chain that verifies (docs/security.md, finding 3).
        if (gate.state() == WriteGate.State.FAILED) {
            throw new CommandRefused("replay refused: " + gate.reason(), gate.state());
        }
        audit.verify().stream().filter(LedgerVerifier.OriginReport::failed).findFirst().ifPresent(r -> {
            throw new CommandRefused("replay refused: the chain of " + r.origin() + " fails verification at "
                    + r.firstFailure().sequence() + ": " + r.firstFailure().reason(), "FAILED");
        });
        List<String> elsewhere = new ArrayList<>();
        for (String name : names) {
            TrackingEventProcessor p = processing.eventProcessor(name, TrackingEventProcessor.class)
                    .orElseThrow(() -> new IllegalStateException(name + " is not a tracking processor"));
            if (resets.reset(p) == ReadModelResets.Outcome.LEFT_FOR_THE_HOLDER) {
                elsewhere.add(name);
            }
        }
        // Accepted either way: a read model another instance processes is replayed there within a lease.
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("replaying", names,
                "byAnotherInstance", elsewhere));
    }
}
