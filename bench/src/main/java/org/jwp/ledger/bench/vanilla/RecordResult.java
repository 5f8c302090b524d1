package org.jwp.ledger.bench.vanilla;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jwp.ledger.events.ActivityCode;
import org.jwp.ledger.events.DocumentReference;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.events.Taxon;

import java.time.LocalDate;
import java.util.List;

public record RecordResult(@TargetAggregateIdentifier String id, Secretariat recordedBy, String programme,
                           ActivityCode code, int year, String text, List<DocumentReference> documentRefs,
                           List<Taxon> species, boolean joint, LocalDate actedOn) {
}
