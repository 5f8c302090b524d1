package org.jwp.ledger.events.consultation;

import org.jwp.ledger.events.ActivityCode;
import org.jwp.ledger.events.Contract;
import org.jwp.ledger.events.Meeting;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.events.Taxon;

import java.time.LocalDate;
import java.util.List;

/** One secretariat asked the other for comments on a proposal to amend its Appendices. */
@Contract(revision = "1")
public record ConsultationRequested(
        String consultationId,
        Secretariat requestedBy,
        Secretariat requestedFrom,
        Meeting meeting,
        String proposal,
        Taxon taxon,
        String proposedChange,
        LocalDate dueDate,
        String programme,
        List<ActivityCode> activityCodes,
        String note,
        LocalDate actedOn) {
}
