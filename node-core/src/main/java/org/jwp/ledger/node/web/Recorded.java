package org.jwp.ledger.node.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.http.ResponseEntity;

import java.net.URI;

/** What a write answers: the item's id and, for a step, the item's status after it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Recorded(String id, String status) {

    public static ResponseEntity<Recorded> created(String id) {
        return ResponseEntity.created(URI.create("/api/commitments/" + id)).body(new Recorded(id, null));
    }

    public static ResponseEntity<Recorded> created(String location, String id) {
        return ResponseEntity.created(URI.create(location)).body(new Recorded(id, null));
    }

    public static ResponseEntity<Recorded> step(String id, Enum<?> status) {
        return ResponseEntity.ok(new Recorded(id, status.name()));
    }
}
