package org.jwp.ledger.events.progress;

import org.jwp.ledger.events.ActivityCode;
import org.jwp.ledger.events.Contract;
import org.jwp.ledger.events.DocumentReference;
import org.jwp.ledger.events.Taxon;

import java.time.LocalDate;
import java.util.List;

/**
 * The secretariat that recorded a result corrected it: each field given replaces the current one, a field left
 * {@code null} stays as it was. The recorded event is never changed; readers fold corrections in order.
 */
@Contract(revision = "1")
public record ActivityResultCorrected(
        String resultId,
        List<ActivityCode> activityCodes,
        Integer year,
        String text,
        List<DocumentReference> documentRefs,
        List<Taxon> species,
        Boolean joint,
        String reason,
        LocalDate actedOn) {

    /** The result as it reads after this correction: the fields given replace those of {@code current}. */
    public ActivityResultRecorded applyTo(ActivityResultRecorded current) {
        return new ActivityResultRecorded(current.resultId(), current.recordedBy(), current.programme(),
                activityCodes != null ? activityCodes : current.activityCodes(),
                year != null ? year : current.year(),
                text != null ? text : current.text(),
                documentRefs != null ? documentRefs : current.documentRefs(),
                species != null ? species : current.species(),
                joint != null ? joint : current.joint(),
                current.actedOn());
    }
}
