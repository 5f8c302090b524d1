package org.jwp.ledger.events.representation;

import org.jwp.ledger.events.ActivityCode;
import org.jwp.ledger.events.Contract;
import org.jwp.ledger.events.Meeting;
import org.jwp.ledger.events.MeetingBody;
import org.jwp.ledger.events.Secretariat;

import java.time.LocalDate;
import java.util.List;

/** A secretariat asked the other to attend a meeting on its behalf. */
@Contract(revision = "1")
public record RepresentationRequested(
        String representationId,
        Secretariat requestedBy,
        Secretariat representative,
        MeetingBody body,
        Meeting meeting,
        String place,
        LocalDate startDate,
        LocalDate endDate,
        String brief,
        String programme,
        List<ActivityCode> activityCodes,
        LocalDate actedOn) {
}
