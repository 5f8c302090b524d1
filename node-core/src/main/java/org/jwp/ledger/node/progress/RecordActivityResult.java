package org.jwp.ledger.node.progress;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jwp.ledger.events.ActivityCode;
import org.jwp.ledger.events.DocumentReference;
import org.jwp.ledger.events.Taxon;

import java.time.LocalDate;
import java.util.List;

/** Record a passage of results concerning one or more activities (at most ten) of one programme. */
public record RecordActivityResult(@TargetAggregateIdentifier String resultId, String programme,
                                   List<ActivityCode> activityCodes, int year, String text,
                                   List<DocumentReference> documentRefs, List<Taxon> species, boolean joint,
                                   LocalDate actedOn) {
}
