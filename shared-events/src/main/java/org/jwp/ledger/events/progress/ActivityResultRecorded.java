package org.jwp.ledger.events.progress;

import org.jwp.ledger.events.ActivityCode;
import org.jwp.ledger.events.Contract;
import org.jwp.ledger.events.DocumentReference;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.events.Taxon;

import java.time.LocalDate;
import java.util.List;

/**
 * A secretariat recorded a result: a passage of text as the secretariats write it in the implementation annex (in
 * the catalogue's small markup), concerning one or more activities of one programme, for a year.
 *
 * <p>Revision 2 replaced revision 1's single {@code activityCode} with {@code activityCodes} (a passage of the annex
 * often concerns every activity of its row); {@link org.jwp.ledger.events.ContractUpcasts} reads revision 1.
 */
@Contract(revision = "2")
public record ActivityResultRecorded(
        String resultId,
        Secretariat recordedBy,
        String programme,
        List<ActivityCode> activityCodes,
        int year,
        String text,
        List<DocumentReference> documentRefs,
        List<Taxon> species,
        boolean joint,
        LocalDate actedOn) {

    public ActivityResultRecorded {
        activityCodes = List.copyOf(activityCodes);
        documentRefs = List.copyOf(documentRefs);
        species = List.copyOf(species);
    }
}
