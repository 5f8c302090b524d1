package org.jwp.ledger.events.personaldata;

import org.jwp.ledger.events.Contract;
import org.jwp.ledger.events.Secretariat;

import java.time.LocalDate;

/**
 * A secretariat erased a person's data (a data-protection request, UN personal-data principles): every node that
 * receives this destroys its copy of the person's key, after which the sealed fields can no longer be read anywhere.
 * Recorded in the erasing secretariat's own stream ({@code erasureId}); either secretariat may erase.
 */
@Contract(revision = "1")
public record PersonalDataErased(
        String erasureId,
        String subjectId,
        Secretariat erasedBy,
        LocalDate actedOn) {
}
