package org.jwp.ledger.node.representation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.jwp.ledger.events.DocumentReference;
import org.jwp.ledger.events.Meeting;
import org.jwp.ledger.events.MeetingBody;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.node.ledger.ItemIds;
import org.jwp.ledger.node.representation.RepresentationCommands.AcceptRepresentation;
import org.jwp.ledger.node.representation.RepresentationCommands.AcknowledgeReport;
import org.jwp.ledger.node.representation.RepresentationCommands.DeclineRepresentation;
import org.jwp.ledger.node.representation.RepresentationCommands.RecordAttendance;
import org.jwp.ledger.node.representation.RepresentationCommands.RequestRepresentation;
import org.jwp.ledger.node.request.Checks;
import org.jwp.ledger.node.request.LongText;
import org.jwp.ledger.node.request.NoteBody;
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
@RequestMapping("/api/representations")
class RepresentationController {

    record NewRepresentation(@NotNull Secretariat representative, @NotNull MeetingBody body,
                             @NotBlank @ShortText String meeting, @ShortText String place,
                             @NotNull LocalDate startDate, @NotNull LocalDate endDate, @LongText String brief,
                             @NotEmpty @Size(max = 10) List<@NotBlank String> activityCodes,
                             @ShortText String programme, @PastOrPresent LocalDate actedOn) {
    }

    record Attendance(@NotNull @PastOrPresent LocalDate attendedOn, @NotNull Boolean statementDelivered,
                      @NotBlank @LongText String outcome,
                      @Size(max = 20) List<@NotBlank @ShortText String> documentRefs,
                      @PastOrPresent LocalDate actedOn) {
    }

    private final Recording recording;

    RepresentationController(Recording recording) {
        this.recording = recording;
    }

    @PostMapping
    ResponseEntity<Recorded> request(@RequestBody NewRepresentation body) {
        LocalDate actedOn = recording.actedOn(body.actedOn());
        Checks checks = recording.validate(body)
                .check(body.representative() != recording.self(), "representative",
                        "must be the other secretariat; " + recording.self() + " cannot represent itself")
                .check(body.startDate() == null || body.endDate() == null
                        || !body.endDate().isBefore(body.startDate()), "endDate", "must not be before startDate");
        Programmes.Resolved p = Programmes.resolve(body.programme(), actedOn, body.activityCodes(), checks);
        checks.orThrow();
        String id = recording.newId("REP", actedOn);
        recording.record(new RequestRepresentation(id, body.representative(), body.body(), Meeting.of(body.meeting()),
                body.place(), body.startDate(), body.endDate(), body.brief(), p.programme().id(), p.codes(),
                actedOn));
        return Recorded.created(id);
    }

    @PostMapping("/{id}/acceptance")
    ResponseEntity<Recorded> accept(@PathVariable String id, @Valid @RequestBody(required = false) NoteBody body) {
        return Recorded.noted(recording, id, body,
                (note, on) -> new AcceptRepresentation(response(id), id, note, on));
    }

    @PostMapping("/{id}/decline")
    ResponseEntity<Recorded> decline(@PathVariable String id, @Valid @RequestBody(required = false) NoteBody body) {
        return Recorded.noted(recording, id, body,
                (note, on) -> new DeclineRepresentation(response(id), id, note, on));
    }

    @PostMapping("/{id}/attendance")
    ResponseEntity<Recorded> attend(@PathVariable String id, @Valid @RequestBody Attendance body) {
        List<DocumentReference> refs = body.documentRefs() == null ? List.of()
                : body.documentRefs().stream().map(DocumentReference::of).toList();
        return Recorded.step(id, recording.<RepresentationStatus>record(new RecordAttendance(response(id), id,
                body.attendedOn(), body.statementDelivered(), body.outcome(), refs,
                recording.actedOn(body.actedOn()))));
    }

    @PostMapping("/{id}/acknowledgement")
    ResponseEntity<Recorded> acknowledge(@PathVariable String id,
                                         @Valid @RequestBody(required = false) NoteBody body) {
        return Recorded.noted(recording, id, body,
                (note, on) -> new AcknowledgeReport(ItemIds.requireItemId(id), note, on));
    }

    private String response(String representationId) {
        return ItemIds.replyTo(ItemIds.requireItemId(representationId), recording.self());
    }
}
