package org.jwp.ledger.node.staffloan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.jwp.ledger.events.PersonalData;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.node.ledger.ItemIds;
import org.jwp.ledger.node.ledger.StreamLookup;
import org.jwp.ledger.node.personaldata.Person;
import org.jwp.ledger.node.personaldata.PersonalDataVault;
import org.jwp.ledger.node.staffloan.StaffLoanCommands.AgreeToStaffLoan;
import org.jwp.ledger.node.staffloan.StaffLoanCommands.CancelStaffLoan;
import org.jwp.ledger.node.staffloan.StaffLoanCommands.CompleteStaffLoan;
import org.jwp.ledger.node.staffloan.StaffLoanCommands.DeclineStaffLoan;
import org.jwp.ledger.node.staffloan.StaffLoanCommands.ProposeStaffLoan;
import org.jwp.ledger.node.staffloan.StaffLoanCommands.StartStaffLoan;
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
@RequestMapping("/api/staff-loans")
class StaffLoanController {

    record NewStaffLoan(@NotNull Secretariat host, @NotBlank @ShortText String role, @NotBlank @LongText String purpose,
                        @NotNull LocalDate startDate, @NotNull LocalDate endDate,
                        @NotEmpty @Size(max = 10) List<@NotBlank String> activityCodes,
                        @ShortText String programme, @PastOrPresent LocalDate actedOn,
                        @ShortText String staffMemberName, @ShortText String staffMemberContact) {
    }

    record Completion(@NotBlank @LongText String outcome, @PastOrPresent LocalDate actedOn) {
    }

    private final Recording recording;
    private final PersonalDataVault personalData;
    private final StreamLookup streams;

    StaffLoanController(Recording recording, PersonalDataVault personalData, StreamLookup streams) {
        this.recording = recording;
        this.personalData = personalData;
        this.streams = streams;
    }

    @PostMapping
    ResponseEntity<Recorded> propose(@RequestBody NewStaffLoan body) {
        LocalDate actedOn = recording.actedOn(body.actedOn());
        Checks checks = recording.validate(body)
                .check(body.host() != recording.self(), "host",
                        "must be the other secretariat; " + recording.self() + " cannot lend staff to itself")
                .check(body.startDate() == null || body.endDate() == null
                        || !body.endDate().isBefore(body.startDate()), "endDate", "must not be before startDate")
                .check(blank(body.staffMemberContact()) || !blank(body.staffMemberName()), "staffMemberName",
                        "is needed with staffMemberContact");
        Programmes.Resolved p = Programmes.resolve(body.programme(), actedOn, body.activityCodes(), checks);
        checks.orThrow();
        String id = recording.newId("LOAN", actedOn);
        // Sealed before it is recorded: the name reaches the event, the store and the peer only as ciphertext.
        PersonalData staffMember = blank(body.staffMemberName()) ? null : personalData.seal(
                new Person(body.staffMemberName(), blank(body.staffMemberContact()) ? null : body.staffMemberContact()));
        try {
            recording.record(new ProposeStaffLoan(id, body.host(), body.role(), body.purpose(), body.startDate(),
                    body.endDate(), p.programme().id(), p.codes(), actedOn, staffMember));
        } catch (RuntimeException notRecorded) {
            forgetIfUnrecorded(staffMember, id);
            throw notRecorded;
        }
        return Recorded.created(id);
    }

    /** A key sealing a person no recorded event names would be personal data kept for nothing. */
    private void forgetIfUnrecorded(PersonalData sealed, String loanId) {
        if (sealed == null) {
            return;
        }
        try {
            if (streams.events(loanId).isEmpty()) {
                personalData.discard(sealed.subjectId());
            }
        } catch (RuntimeException storeUnavailable) {
            // Kept: the loan may have been stored after all, and without its key the person would be lost unrecorded.
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    @PostMapping("/{id}/agreement")
    ResponseEntity<Recorded> agree(@PathVariable String id, @Valid @RequestBody(required = false) NoteBody body) {
        return Recorded.noted(recording, id, body,
                (note, on) -> new AgreeToStaffLoan(response(id), id, note, on));
    }

    @PostMapping("/{id}/decline")
    ResponseEntity<Recorded> decline(@PathVariable String id, @Valid @RequestBody(required = false) NoteBody body) {
        return Recorded.noted(recording, id, body,
                (note, on) -> new DeclineStaffLoan(response(id), id, note, on));
    }

    @PostMapping("/{id}/start")
    ResponseEntity<Recorded> start(@PathVariable String id, @Valid @RequestBody(required = false) NoteBody body) {
        return Recorded.noted(recording, id, body,
                (note, on) -> new StartStaffLoan(ItemIds.requireItemId(id), note, on));
    }

    @PostMapping("/{id}/completion")
    ResponseEntity<Recorded> complete(@PathVariable String id, @Valid @RequestBody Completion body) {
        return Recorded.step(id, recording.<StaffLoanStatus>record(new CompleteStaffLoan(ItemIds.requireItemId(id),
                body.outcome(), recording.actedOn(body.actedOn()))));
    }

    @PostMapping("/{id}/cancellation")
    ResponseEntity<Recorded> cancel(@PathVariable String id, @Valid @RequestBody(required = false) NoteBody body) {
        return Recorded.noted(recording, id, body,
                (note, on) -> new CancelStaffLoan(ItemIds.requireItemId(id), note, on));
    }

    private String response(String loanId) {
        return ItemIds.replyTo(ItemIds.requireItemId(loanId), recording.self());
    }
}
