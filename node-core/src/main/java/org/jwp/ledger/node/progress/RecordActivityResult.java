package org.jwp.ledger.node.progress;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jwp.ledger.events.ActivityCode;
import org.jwp.ledger.events.DocumentReference;
import org.jwp.ledger.events.Taxon;

import java.time.LocalDate;
import java.util.List;

public record RecordActivityResult(@TargetAggregateIdentifier String resultId, String programme,
                                   ActivityCode activityCode, int year, String text,
                                   List<DocumentReference> documentRefs, List<Taxon> species, boolean joint,
                                   LocalDate actedOn) {
}
