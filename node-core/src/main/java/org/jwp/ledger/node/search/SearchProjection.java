package org.jwp.ledger.node.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.jwp.ledger.events.ActivityCode;
import org.jwp.ledger.events.EventJson;
import org.jwp.ledger.events.consultation.ConsultationCommentSubmitted;
import org.jwp.ledger.events.consultation.ConsultationDeclined;
import org.jwp.ledger.events.consultation.ConsultationRequested;
import org.jwp.ledger.events.consultation.ConsultationWithdrawn;
import org.jwp.ledger.events.correction.StepCorrected;
import org.jwp.ledger.events.progress.ActivityResultCorrected;
import org.jwp.ledger.events.progress.ActivityResultRecorded;
import org.jwp.ledger.events.progress.ActivityResultWithdrawn;
import org.jwp.ledger.events.representation.RepresentationAccepted;
import org.jwp.ledger.events.representation.RepresentationAttended;
import org.jwp.ledger.events.representation.RepresentationDeclined;
import org.jwp.ledger.events.representation.RepresentationReportAcknowledged;
import org.jwp.ledger.events.representation.RepresentationRequested;
import org.jwp.ledger.events.staffloan.StaffLoanAgreed;
import org.jwp.ledger.events.staffloan.StaffLoanCancelled;
import org.jwp.ledger.events.staffloan.StaffLoanCompleted;
import org.jwp.ledger.events.staffloan.StaffLoanDeclined;
import org.jwp.ledger.events.staffloan.StaffLoanProposed;
import org.jwp.ledger.events.staffloan.StaffLoanStarted;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The search read model: an entry per item (consultation, staff loan, representation) holding the words of every
 * step, and one per result as it now reads. Kept by its own tracking processor like every projection.
 */
@Component
@ProcessingGroup(SearchProjection.NAME)
class SearchProjection {

    static final String NAME = "search";

    private final SearchWriter writer;
    private final ObjectMapper json = EventJson.mapper();

    SearchProjection(SearchWriter writer) {
        this.writer = writer;
    }

    @EventHandler
    void on(ConsultationRequested e) {
        writer.item(new SearchWriter.Entry(e.consultationId(), "CONSULTATION", "Comments on " + e.meeting() + " "
                + e.proposal() + " (" + e.taxon() + ")", e.programme(), e.activityCodes(), List.of(e.taxon().name()),
                e.actedOn(), null), json(e));
    }

    @EventHandler
    void on(StaffLoanProposed e) {
        writer.item(new SearchWriter.Entry(e.loanId(), "STAFF_LOAN", e.role() + " lent by " + e.lender() + " to "
                + e.host() + ": " + e.purpose(), e.programme(), e.activityCodes(), List.of(), e.actedOn(), null),
                json(e));
    }

    @EventHandler
    void on(RepresentationRequested e) {
        writer.item(new SearchWriter.Entry(e.representationId(), "REPRESENTATION", e.representative()
                + " to represent " + e.requestedBy() + " at " + e.meeting(), e.programme(), e.activityCodes(),
                List.of(), e.actedOn(), null), json(e));
    }

    @EventHandler
    void on(ConsultationCommentSubmitted e) {
        writer.more(e.consultationId(), json(e));
    }

    @EventHandler
    void on(ConsultationDeclined e) {
        writer.more(e.consultationId(), json(e));
    }

    @EventHandler
    void on(ConsultationWithdrawn e) {
        writer.more(e.consultationId(), json(e));
    }

    @EventHandler
    void on(StaffLoanAgreed e) {
        writer.more(e.loanId(), json(e));
    }

    @EventHandler
    void on(StaffLoanDeclined e) {
        writer.more(e.loanId(), json(e));
    }

    @EventHandler
    void on(StaffLoanStarted e) {
        writer.more(e.loanId(), json(e));
    }

    @EventHandler
    void on(StaffLoanCompleted e) {
        writer.more(e.loanId(), json(e));
    }

    @EventHandler
    void on(StaffLoanCancelled e) {
        writer.more(e.loanId(), json(e));
    }

    @EventHandler
    void on(RepresentationAccepted e) {
        writer.more(e.representationId(), json(e));
    }

    @EventHandler
    void on(RepresentationDeclined e) {
        writer.more(e.representationId(), json(e));
    }

    @EventHandler
    void on(RepresentationAttended e) {
        writer.more(e.representationId(), json(e));
    }

    @EventHandler
    void on(RepresentationReportAcknowledged e) {
        writer.more(e.representationId(), json(e));
    }

    /** The corrected values become searchable too; the earlier ones stay findable, as the item keeps them. */
    @EventHandler
    void on(StepCorrected e) {
        writer.more(e.itemId(), json.valueToTree(e.changes()));
        if (e.changes().containsKey("taxon")) {
            writer.species(e.itemId(), List.of(e.changes().get("taxon").asText()));
        }
    }

    @EventHandler
    void on(ActivityResultRecorded e) {
        writer.result(e);
    }

    @EventHandler
    void on(ActivityResultCorrected e) {
        writer.correctResult(e);
    }

    @EventHandler
    void on(ActivityResultWithdrawn e) {
        writer.remove(e.resultId());
    }

    @ResetHandler
    void reset() {
        writer.reset();
    }

    private JsonNode json(Object event) {
        return json.valueToTree(event);
    }

    static List<String> codes(List<ActivityCode> codes) {
        return codes.stream().map(ActivityCode::value).toList();
    }
}
