package org.jwp.ledger.node.request;

import jakarta.validation.constraints.PastOrPresent;

import java.time.LocalDate;

/** The optional body of steps that need nothing but an optional note. */
public record NoteBody(@LongText String note, @PastOrPresent LocalDate actedOn) {

    public static final NoteBody EMPTY = new NoteBody(null, null);

    public static NoteBody orEmpty(NoteBody body) {
        return body == null ? EMPTY : body;
    }
}
