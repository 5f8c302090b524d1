package org.jwp.ledger.bench.vanilla;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jwp.ledger.events.ActivityCode;
import org.jwp.ledger.events.DocumentReference;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.events.Taxon;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The node's POST /api/activities/{code}/results, answered the plain way. */
@RestController
class ResultController {

    record NewResult(String programme, Integer year, String text, List<String> documentRefs, List<String> species,
                     Boolean joint, LocalDate actedOn) {
    }

    private final CommandGateway commands;

    ResultController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping("/api/activities/{code}/results")
    ResponseEntity<Map<String, String>> record(@PathVariable String code, @RequestBody NewResult body) {
        String id = "CITES-RES-" + UUID.randomUUID();
        commands.sendAndWait(new RecordResult(id, Secretariat.CITES, body.programme(), ActivityCode.of(code),
                body.year(), body.text(), body.documentRefs() == null ? List.of()
                : body.documentRefs().stream().map(DocumentReference::of).toList(),
                body.species() == null ? List.of() : body.species().stream().map(Taxon::of).toList(),
                Boolean.TRUE.equals(body.joint()), body.actedOn() == null ? LocalDate.now() : body.actedOn()));
        return ResponseEntity.created(URI.create("/api/activities/" + code + "/results/" + id))
                .body(Map.of("id", id));
    }
}
