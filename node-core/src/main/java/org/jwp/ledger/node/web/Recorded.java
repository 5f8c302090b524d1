package org.jwp.ledger.node.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jwp.ledger.node.ledger.Recording;
import org.jwp.ledger.node.request.NoteBody;
import org.springframework.http.ResponseEntity;

import java.net.URI;
import java.time.LocalDate;
import java.util.function.BiFunction;

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

    /**
     * A step that carries nothing but an optional note and day of action (both may be left out): recorded, and
     * answered with the item's status after it.
     */
    public static ResponseEntity<Recorded> noted(Recording recording, String id, NoteBody body,
                                                 BiFunction<String, LocalDate, Object> command) {
        NoteBody given = NoteBody.orEmpty(body);
        Enum<?> status = recording.record(command.apply(given.note(), recording.actedOn(given.actedOn())));
        return step(id, status);
    }
}
