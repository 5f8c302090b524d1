package org.jwp.ledger.node.personaldata;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Erase a person's data on both nodes: sent to the erasing node's own erasure stream for that person. */
public record ErasePersonalData(@TargetAggregateIdentifier String erasureId, String subjectId, LocalDate actedOn) {

    /** One erasure stream per person and erasing secretariat, e.g. {@code CMS-ERASURE-5f0c...} for CITES-PERSON-5f0c.... */
    public static String streamFor(String erasingSecretariat, String subjectId) {
        return erasingSecretariat + "-ERASURE-" + subjectId.substring(subjectId.lastIndexOf('-') + 1);
    }
}
