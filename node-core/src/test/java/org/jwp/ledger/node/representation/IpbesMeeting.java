package org.jwp.ledger.node.representation;

import org.jwp.ledger.events.ActivityCode;
import org.jwp.ledger.events.DocumentReference;
import org.jwp.ledger.events.Meeting;
import org.jwp.ledger.events.MeetingBody;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.events.representation.RepresentationAccepted;
import org.jwp.ledger.events.representation.RepresentationAttended;
import org.jwp.ledger.events.representation.RepresentationDeclined;
import org.jwp.ledger.events.representation.RepresentationReportAcknowledged;
import org.jwp.ledger.events.representation.RepresentationRequested;
import org.jwp.ledger.node.representation.RepresentationCommands.RecordAttendance;
import org.jwp.ledger.node.representation.RepresentationCommands.RequestRepresentation;

import java.time.LocalDate;
import java.util.List;

/** CITES asks CMS to represent it at IPBES-11 in Windhoek. */
final class IpbesMeeting {

    static final String ID = "CITES-REP-2024-0003";
    static final String CMS_ANSWER = "CMS-RE-" + ID;
    static final String CITES_ANSWER = "CITES-RE-" + ID;
    static final LocalDate ASKED = LocalDate.of(2024, 11, 1);
    static final LocalDate START = LocalDate.of(2024, 12, 10);
    static final LocalDate END = LocalDate.of(2024, 12, 16);
    static final LocalDate REPORTED = LocalDate.of(2024, 12, 18);
    static final Meeting IPBES_11 = Meeting.of("IPBES-11");
    static final List<ActivityCode> CODES = List.of(ActivityCode.of("E3"));
    static final List<DocumentReference> REFS = List.of(DocumentReference.of("IPBES/11/INF/12"));

    private IpbesMeeting() {
    }

    static RequestRepresentation askCms() {
        return new RequestRepresentation(ID, Secretariat.CMS, MeetingBody.IPBES, IPBES_11, "Windhoek", START, END,
                "Deliver the joint statement.", "2021-2025", CODES, ASKED);
    }

    static RepresentationRequested askedCms() {
        return new RepresentationRequested(ID, Secretariat.CITES, Secretariat.CMS, MeetingBody.IPBES, IPBES_11,
                "Windhoek", START, END, "Deliver the joint statement.", "2021-2025", CODES, ASKED);
    }

    static RepresentationAccepted cmsAccepted() {
        return new RepresentationAccepted(CMS_ANSWER, ID, Secretariat.CMS, null, ASKED.plusDays(3));
    }

    static RepresentationDeclined cmsDeclined() {
        return new RepresentationDeclined(CMS_ANSWER, ID, Secretariat.CMS, "No travel budget.", ASKED.plusDays(3));
    }

    static RecordAttendance cmsReports() {
        return new RecordAttendance(CMS_ANSWER, ID, START.plusDays(2), true, "Statement delivered.", REFS, REPORTED);
    }

    static RepresentationAttended cmsAttended() {
        return new RepresentationAttended(CMS_ANSWER, ID, Secretariat.CMS, START.plusDays(2), true,
                "Statement delivered.", REFS, REPORTED);
    }

    static RepresentationReportAcknowledged acknowledged() {
        return new RepresentationReportAcknowledged(ID, "Thank you.", REPORTED.plusDays(2));
    }
}
