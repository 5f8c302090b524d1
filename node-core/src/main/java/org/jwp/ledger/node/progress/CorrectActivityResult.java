package org.jwp.ledger.node.progress;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jwp.ledger.events.ActivityCode;
import org.jwp.ledger.events.DocumentReference;
import org.jwp.ledger.events.Taxon;

import java.time.LocalDate;
import java.util.List;

/** Correct a result: the fields given replace the current ones ({@code null}: unchanged), with a reason. */
public record CorrectActivityResult(@TargetAggregateIdentifier String resultId, List<ActivityCode> activityCodes,
                                    Integer year, String text, List<DocumentReference> documentRefs,
                                    List<Taxon> species, Boolean joint, String reason, LocalDate actedOn) {
}
