package org.jwp.ledger.node.consultation;

import org.jwp.ledger.events.ActivityCode;
import org.jwp.ledger.events.CommentPosition;
import org.jwp.ledger.events.DocumentReference;
import org.jwp.ledger.events.Meeting;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.events.Taxon;
import org.jwp.ledger.events.consultation.ConsultationCommentSubmitted;
import org.jwp.ledger.events.consultation.ConsultationDeclined;
import org.jwp.ledger.events.consultation.ConsultationRequested;
import org.jwp.ledger.events.consultation.ConsultationWithdrawn;
import org.jwp.ledger.node.consultation.ConsultationCommands.DeclineToComment;
import org.jwp.ledger.node.consultation.ConsultationCommands.RequestConsultation;
import org.jwp.ledger.node.consultation.ConsultationCommands.SubmitComment;

import java.time.LocalDate;
import java.util.List;

/** CITES asks CMS to comment on a CoP20 proposal to list the oceanic whitetip shark. */
final class SharkProposal {

    static final String ID = "CITES-CONS-2025-0007";
    static final String CMS_REPLY = "CMS-RE-" + ID;
    static final String CITES_REPLY = "CITES-RE-" + ID;
    static final LocalDate ASKED = LocalDate.of(2025, 4, 2);
    static final LocalDate DUE = LocalDate.of(2025, 6, 30);
    static final LocalDate ANSWERED = LocalDate.of(2025, 6, 12);
    static final Meeting COP20 = Meeting.of("CITES CoP20");
    static final Taxon WHITETIP = Taxon.of("Carcharhinus longimanus");
    static final List<ActivityCode> CODES = List.of(ActivityCode.of("C3"));

    private SharkProposal() {
    }

    static RequestConsultation askCms() {
        return new RequestConsultation(ID, Secretariat.CMS, COP20, "Prop. 12", WHITETIP, "Include in Appendix II",
                DUE, "2021-2025", CODES, null, ASKED);
    }

    static ConsultationRequested askedOfCms() {
        return new ConsultationRequested(ID, Secretariat.CITES, Secretariat.CMS, COP20, "Prop. 12", WHITETIP,
                "Include in Appendix II", DUE, "2021-2025", CODES, null, ASKED);
    }

    static SubmitComment cmsSupports() {
        return new SubmitComment(CMS_REPLY, ID, CommentPosition.SUPPORT, "Listed in CMS Appendix II.",
                DocumentReference.of("CoP20 Doc. 105.3"), ANSWERED);
    }

    static ConsultationCommentSubmitted cmsSupported() {
        return new ConsultationCommentSubmitted(CMS_REPLY, ID, Secretariat.CMS, CommentPosition.SUPPORT,
                "Listed in CMS Appendix II.", DocumentReference.of("CoP20 Doc. 105.3"), ANSWERED);
    }

    static DeclineToComment cmsDeclines() {
        return new DeclineToComment(CMS_REPLY, ID, "Not a CMS species.", ANSWERED);
    }

    static ConsultationDeclined cmsDeclined() {
        return new ConsultationDeclined(CMS_REPLY, ID, Secretariat.CMS, "Not a CMS species.", ANSWERED);
    }

    static ConsultationWithdrawn withdrawn() {
        return new ConsultationWithdrawn(ID, "Proposal withdrawn by its proponent.", ANSWERED);
    }
}
