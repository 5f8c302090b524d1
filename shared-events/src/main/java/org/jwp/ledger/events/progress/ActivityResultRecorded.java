package org.jwp.ledger.events.progress;

import org.jwp.ledger.events.ActivityCode;
import org.jwp.ledger.events.Contract;
import org.jwp.ledger.events.DocumentReference;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.events.Taxon;

import java.time.LocalDate;
import java.util.List;

/** A secretariat recorded a result for a programme activity in a year (joint, or its own). */
@Contract(revision = "1")
public record ActivityResultRecorded(
        String resultId,
        Secretariat recordedBy,
        String programme,
        ActivityCode activityCode,
        int year,
        String text,
        List<DocumentReference> documentRefs,
        List<Taxon> species,
        boolean joint,
        LocalDate actedOn) {
}
