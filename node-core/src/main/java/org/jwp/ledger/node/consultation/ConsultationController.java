package org.jwp.ledger.node.consultation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.jwp.ledger.events.CommentPosition;
import org.jwp.ledger.events.DocumentReference;
import org.jwp.ledger.events.Meeting;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.events.Taxon;
import org.jwp.ledger.node.consultation.ConsultationCommands.DeclineToComment;
import org.jwp.ledger.node.consultation.ConsultationCommands.ExtendDueDate;
import org.jwp.ledger.node.consultation.ConsultationCommands.RequestConsultation;
import org.jwp.ledger.node.consultation.ConsultationCommands.SubmitComment;
import org.jwp.ledger.node.consultation.ConsultationCommands.WithdrawConsultation;
import org.jwp.ledger.node.ledger.ItemIds;
import org.jwp.ledger.node.request.Checks;
import org.jwp.ledger.node.request.LongText;
import org.jwp.ledger.node.request.Programmes;
import org.jwp.ledger.node.web.Recorded;
import org.jwp.ledger.node.ledger.Recording;
import org.jwp.ledger.node.request.ShortText;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

@RestController
@RequestMapping("/api/consultations")
class ConsultationController {

    record NewConsultation(@NotNull Secretariat requestedFrom, @NotBlank @ShortText String meeting,
                           @NotBlank @ShortText String proposal, @NotBlank @ShortText String taxon,
                           @NotBlank @LongText String proposedChange, @NotNull LocalDate dueDate,
                           @NotEmpty @Size(max = 10) List<@NotBlank String> activityCodes,
                           @ShortText String programme, @LongText String note, @PastOrPresent LocalDate actedOn) {
    }

    /** {@code position} may be left out: the comment then states none (the report says "position not stated"). */
    record Comment(CommentPosition position, @LongText String text, @ShortText String documentRef,
                   @PastOrPresent LocalDate actedOn) {
    }

    record Extension(@NotNull LocalDate dueDate, @PastOrPresent LocalDate actedOn) {
    }

    record Reason(@NotBlank @LongText String reason, @PastOrPresent LocalDate actedOn) {
    }

    private final Recording recording;

    ConsultationController(Recording recording) {
        this.recording = recording;
    }

    @PostMapping
    ResponseEntity<Recorded> request(@RequestBody NewConsultation body) {
        LocalDate actedOn = recording.actedOn(body.actedOn());
        Checks checks = recording.validate(body)
                .check(body.requestedFrom() != recording.self(), "requestedFrom",
                        "must be the other secretariat; " + recording.self() + " cannot ask itself")
                .check(body.dueDate() == null || !body.dueDate().isBefore(actedOn), "dueDate",
                        "must not be before the request date " + actedOn);
        Programmes.Resolved p = Programmes.resolve(body.programme(), actedOn, body.activityCodes(), checks);
        checks.orThrow();
        String id = recording.newId("CONS", actedOn);
        recording.record(new RequestConsultation(id, body.requestedFrom(), Meeting.of(body.meeting()),
                body.proposal(), Taxon.of(body.taxon()), body.proposedChange(), body.dueDate(),
                p.programme().id(), p.codes(), body.note(), actedOn));
        return Recorded.created(id);
    }

    @PostMapping("/{id}/comment")
    ResponseEntity<Recorded> comment(@PathVariable String id, @Valid @RequestBody Comment body) {
        new Checks().check(body.position() == CommentPosition.NO_COMMENT
                        || (body.text() != null && !body.text().isBlank()), "text",
                "must not be blank: write the comment, or choose the position \"No comment\"").orThrow();
        DocumentReference ref = body.documentRef() == null || body.documentRef().isBlank()
                ? null : DocumentReference.of(body.documentRef());
        ConsultationStatus status = recording.record(new SubmitComment(reply(id), id, body.position(), body.text(),
                ref, recording.actedOn(body.actedOn())));
        return Recorded.step(id, status);
    }

    @PostMapping("/{id}/decline")
    ResponseEntity<Recorded> decline(@PathVariable String id, @Valid @RequestBody Reason body) {
        ConsultationStatus status = recording.record(new DeclineToComment(reply(id), id, body.reason(),
                recording.actedOn(body.actedOn())));
        return Recorded.step(id, status);
    }

    @PostMapping("/{id}/extension")
    ResponseEntity<Recorded> extend(@PathVariable String id, @Valid @RequestBody Extension body) {
        ConsultationStatus status = recording.record(new ExtendDueDate(ItemIds.requireItemId(id), body.dueDate(),
                recording.actedOn(body.actedOn())));
        return Recorded.step(id, status);
    }

    @PostMapping("/{id}/withdrawal")
    ResponseEntity<Recorded> withdraw(@PathVariable String id, @Valid @RequestBody Reason body) {
        ConsultationStatus status = recording.record(new WithdrawConsultation(ItemIds.requireItemId(id), body.reason(),
                recording.actedOn(body.actedOn())));
        return Recorded.step(id, status);
    }

    private String reply(String consultationId) {
        return ItemIds.replyTo(ItemIds.requireItemId(consultationId), recording.self());
    }
}
