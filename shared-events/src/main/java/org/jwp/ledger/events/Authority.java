package org.jwp.ledger.events;

import org.jwp.ledger.events.consultation.ConsultationCommentSubmitted;
import org.jwp.ledger.events.consultation.ConsultationDeclined;
import org.jwp.ledger.events.consultation.ConsultationDueDateExtended;
import org.jwp.ledger.events.consultation.ConsultationRequested;
import org.jwp.ledger.events.consultation.ConsultationWithdrawn;
import org.jwp.ledger.events.correction.CorrectableFields;
import org.jwp.ledger.events.correction.StepCorrected;
import org.jwp.ledger.events.personaldata.PersonalDataErased;
import org.jwp.ledger.events.progress.ActivityResultCorrected;
import org.jwp.ledger.events.progress.ActivityResultRecorded;
import org.jwp.ledger.events.progress.ActivityResultWithdrawn;
import org.jwp.ledger.events.recovery.UnprovenEventsAccepted;
import org.jwp.ledger.events.recovery.UnprovenEventsRefused;
import org.jwp.ledger.events.representation.RepresentationAccepted;
import org.jwp.ledger.events.representation.RepresentationAttended;
import org.jwp.ledger.events.representation.RepresentationDeclined;
import org.jwp.ledger.events.representation.RepresentationReportAcknowledged;
import org.jwp.ledger.events.representation.RepresentationRequested;
import org.jwp.ledger.events.signoff.ReportApproved;
import org.jwp.ledger.events.staffloan.StaffLoanAgreed;
import org.jwp.ledger.events.staffloan.StaffLoanCancelled;
import org.jwp.ledger.events.staffloan.StaffLoanCompleted;
import org.jwp.ledger.events.staffloan.StaffLoanDeclined;
import org.jwp.ledger.events.staffloan.StaffLoanProposed;
import org.jwp.ledger.events.staffloan.StaffLoanStarted;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Who may emit each contract, relative to what it names: the one rule every reader relies on. An event is written by
 * its origin into a stream its origin owns (checked on the stream's id); this adds that everything the payload names
 * is the origin's to act on. The item, result, approval or decision it changes is the stream it stands in; an answer
 * to the other's item stands in the answering secretariat's reply stream to that item ({@link #replyStream}); every
 * "who" field ({@code requestedBy}, {@code commentedBy}, {@code recordedBy}, {@code secretariat}, …) is the origin; a
 * step correction names a step of its own stream. Without it a peer could name our consultation in its own stream
 * and withdraw it, or sign our approval of a report.
 *
 * <p>Pure: the only thing it looks up is where a corrected step stands ({@code steps}), which the caller answers from
 * what it holds.
 */
public final class Authority {

    /** Where a held event stands: its stream and its contract's type name. */
    public record Held(String streamId, String type) {
    }

    private Authority() {
    }

    /** The stream in which {@code replier} answers {@code itemId}: {@code CMS-RE-CITES-CONS-2025-0007}. */
    public static String replyStream(String itemId, Secretariat replier) {
        return replier.name() + "-RE-" + itemId;
    }

    /**
     * Why {@code origin} may not have emitted {@code payload} into {@code streamId}, or empty when it may.
     * {@code steps} finds a held event by its id (for a {@link StepCorrected}); contracts this rule does not know
     * (a newer build's) are left to that build.
     */
    public static Optional<String> refusal(Secretariat origin, String streamId, Object payload,
                                           Function<String, Optional<Held>> steps) {
        Check c = new Check(origin, streamId);
        if (!c.ownsStream()) {
            return c.why();
        }
        if (payload instanceof ConsultationRequested e) {
            c.item(e.consultationId()).actor("requestedBy", e.requestedBy()).other("requestedFrom", e.requestedFrom());
        } else if (payload instanceof ConsultationDueDateExtended e) {
            c.item(e.consultationId());
        } else if (payload instanceof ConsultationWithdrawn e) {
            c.item(e.consultationId());
        } else if (payload instanceof ConsultationCommentSubmitted e) {
            c.reply(e.replyId(), e.consultationId()).actor("commentedBy", e.commentedBy());
        } else if (payload instanceof ConsultationDeclined e) {
            c.reply(e.replyId(), e.consultationId()).actor("declinedBy", e.declinedBy());
        } else if (payload instanceof StaffLoanProposed e) {
            c.item(e.loanId()).actor("lender", e.lender()).other("host", e.host());
        } else if (payload instanceof StaffLoanAgreed e) {
            c.reply(e.responseId(), e.loanId()).actor("agreedBy", e.agreedBy());
        } else if (payload instanceof StaffLoanDeclined e) {
            c.reply(e.responseId(), e.loanId()).actor("declinedBy", e.declinedBy());
        } else if (payload instanceof StaffLoanStarted e) {
            c.item(e.loanId());
        } else if (payload instanceof StaffLoanCompleted e) {
            c.item(e.loanId());
        } else if (payload instanceof StaffLoanCancelled e) {
            c.item(e.loanId());
        } else if (payload instanceof RepresentationRequested e) {
            c.item(e.representationId()).actor("requestedBy", e.requestedBy())
                    .other("representative", e.representative());
        } else if (payload instanceof RepresentationAccepted e) {
            c.reply(e.responseId(), e.representationId()).actor("acceptedBy", e.acceptedBy());
        } else if (payload instanceof RepresentationDeclined e) {
            c.reply(e.responseId(), e.representationId()).actor("declinedBy", e.declinedBy());
        } else if (payload instanceof RepresentationAttended e) {
            c.reply(e.responseId(), e.representationId()).actor("attendedBy", e.attendedBy());
        } else if (payload instanceof RepresentationReportAcknowledged e) {
            c.item(e.representationId());
        } else if (payload instanceof ActivityResultRecorded e) {
            c.item(e.resultId()).actor("recordedBy", e.recordedBy());
        } else if (payload instanceof ActivityResultCorrected e) {
            c.item(e.resultId());
        } else if (payload instanceof ActivityResultWithdrawn e) {
            c.item(e.resultId());
        } else if (payload instanceof ReportApproved e) {
            c.item(e.approvalId()).actor("secretariat", e.secretariat());
        } else if (payload instanceof PersonalDataErased e) {
            c.item(e.erasureId()).actor("erasedBy", e.erasedBy());
        } else if (payload instanceof UnprovenEventsAccepted e) {
            c.item(e.decisionId()).other("peer", e.peer());
        } else if (payload instanceof UnprovenEventsRefused e) {
            c.item(e.decisionId()).other("peer", e.peer());
        } else if (payload instanceof StepCorrected e) {
            c.correction(e, steps);
        }
        return c.why();
    }

    /** The first broken condition wins; later ones are not evaluated. */
    private static final class Check {
        private final Secretariat origin;
        private final String stream;
        private String why;

        Check(Secretariat origin, String stream) {
            this.origin = origin;
            this.stream = stream;
        }

        boolean ownsStream() {
            Secretariat owner = ownerOrNull(stream);
            if (owner != origin) {
                why = "it stands in " + stream + ", which is not a stream of " + origin;
            }
            return why == null;
        }

        /** The item, result, approval or decision the event changes is its own stream. */
        Check item(String named) {
            if (why == null && !stream.equals(named)) {
                why = "it names " + named + " but stands in " + stream + ": " + origin + " acts only on "
                        + origin + "'s own items";
            }
            return this;
        }

        /** An answer to the other's item stands in the origin's reply stream to that item. */
        Check reply(String replyId, String itemId) {
            if (why == null && (!stream.equals(replyId) || !stream.equals(replyStream(itemId, origin))
                    || ownerOrNull(itemId) == origin || ownerOrNull(itemId) == null)) {
                why = "it answers " + itemId + " from " + stream + " (naming " + replyId + "): " + origin
                        + " answers only the other secretariat's items, each in its own reply stream "
                        + replyStream(itemId, origin);
            }
            return this;
        }

        /** A "who" field of the payload is the origin. */
        Check actor(String field, Secretariat named) {
            if (why == null && named != origin) {
                why = "its " + field + " is " + named + " but " + origin + " emitted it: a secretariat acts only "
                        + "for itself";
            }
            return this;
        }

        /** The counterpart a request is addressed to is the other secretariat. */
        Check other(String field, Secretariat named) {
            if (why == null && (named == null || named == origin)) {
                why = "its " + field + " is " + named + ", not the other secretariat";
            }
            return this;
        }

        void correction(StepCorrected e, Function<String, Optional<Held>> steps) {
            boolean ownItem = stream.equals(e.itemId()) || stream.equals(replyStream(e.itemId(), origin));
            if (!ownItem) {
                why = "it corrects a step of " + e.itemId() + " from " + stream + ", which is neither that item "
                        + "nor " + origin + "'s reply to it";
                return;
            }
            Optional<Held> step = e.stepEventId() == null ? Optional.empty() : steps.apply(e.stepEventId());
            if (step.isEmpty()) {
                why = "it corrects step " + e.stepEventId() + ", which this ledger does not hold";
            } else if (!step.get().streamId().equals(stream)) {
                why = "it corrects step " + e.stepEventId() + " of " + step.get().streamId() + " from " + stream
                        + ": a secretariat corrects only the steps it recorded, in their own stream";
            } else if (!step.get().type().equals(e.stepType())) {
                why = "it names step type " + e.stepType() + " but step " + e.stepEventId() + " is a "
                        + step.get().type();
            } else {
                List<String> correctable = EventContracts.ALL.stream()
                        .filter(t -> EventContracts.typeName(t).equals(e.stepType())).findFirst()
                        .flatMap(CorrectableFields::of).orElse(List.of());
                List<String> others = e.changes() == null ? List.of() : e.changes().keySet().stream()
                        .filter(f -> !correctable.contains(f)).toList();
                if (correctable.isEmpty() || !others.isEmpty()) {
                    why = "it changes " + (correctable.isEmpty() ? "a " + e.stepType() + ", which is not a "
                            + "correctable step" : others + ", which a correction may not change");
                }
            }
        }

        Optional<String> why() {
            return Optional.ofNullable(why);
        }

        private static Secretariat ownerOrNull(String id) {
            try {
                return Secretariat.ownerOf(Objects.requireNonNull(id));
            } catch (RuntimeException e) {
                return null;
            }
        }
    }
}
