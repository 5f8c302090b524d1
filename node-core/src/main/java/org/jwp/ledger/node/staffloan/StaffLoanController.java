package org.jwp.ledger.node.staffloan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.node.ledger.IdAllocator;
import org.jwp.ledger.node.ledger.ItemIds;
import org.jwp.ledger.node.ledger.NodeIdentity;
import org.jwp.ledger.node.ledger.Recorder;
import org.jwp.ledger.node.staffloan.StaffLoanCommands.AgreeToStaffLoan;
import org.jwp.ledger.node.staffloan.StaffLoanCommands.CancelStaffLoan;
import org.jwp.ledger.node.staffloan.StaffLoanCommands.CompleteStaffLoan;
import org.jwp.ledger.node.staffloan.StaffLoanCommands.DeclineStaffLoan;
import org.jwp.ledger.node.staffloan.StaffLoanCommands.ProposeStaffLoan;
import org.jwp.ledger.node.staffloan.StaffLoanCommands.StartStaffLoan;
import org.jwp.ledger.node.web.ActedOn;
import org.jwp.ledger.node.web.Checks;
import org.jwp.ledger.node.web.CurrentUser;
import org.jwp.ledger.node.web.LongText;
import org.jwp.ledger.node.web.NoteBody;
import org.jwp.ledger.node.web.Programmes;
import org.jwp.ledger.node.web.Recorded;
import org.jwp.ledger.node.web.RequestValidator;
import org.jwp.ledger.node.web.ShortText;
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
                        @ShortText String programme, @PastOrPresent LocalDate actedOn) {
    }

    record Completion(@NotBlank @LongText String outcome, @PastOrPresent LocalDate actedOn) {
    }

    private final Recorder recorder;
    private final RequestValidator validator;
    private final IdAllocator ids;
    private final NodeIdentity identity;
    private final CurrentUser user;
    private final ActedOn dates;

    StaffLoanController(Recorder recorder, RequestValidator validator, IdAllocator ids, NodeIdentity identity, CurrentUser user, ActedOn dates) {
        this.recorder = recorder;
        this.validator = validator;
        this.ids = ids;
        this.identity = identity;
        this.user = user;
        this.dates = dates;
    }

    @PostMapping
    ResponseEntity<Recorded> propose(@RequestBody NewStaffLoan body) {
        LocalDate actedOn = dates.orToday(body.actedOn());
        Checks checks = validator.validate(body)
                .check(body.host() != identity.secretariat(), "host",
                        "must be the other secretariat; " + identity.secretariat() + " cannot lend staff to itself")
                .check(body.startDate() == null || body.endDate() == null
                        || !body.endDate().isBefore(body.startDate()), "endDate", "must not be before startDate");
        Programmes.Resolved p = Programmes.resolve(body.programme(), actedOn, body.activityCodes(), checks);
        checks.orThrow();
        String id = ids.next("LOAN", actedOn.getYear());
        recorder.record(new ProposeStaffLoan(id, body.host(), body.role(), body.purpose(), body.startDate(),
                body.endDate(), p.programme().id(), p.codes(), actedOn), user.name());
        return Recorded.created(id);
    }

    @PostMapping("/{id}/agreement")
    ResponseEntity<Recorded> agree(@PathVariable String id, @Valid @RequestBody(required = false) NoteBody body) {
        NoteBody b = NoteBody.orEmpty(body);
        return Recorded.step(id, recorder.<StaffLoanStatus>record(
                new AgreeToStaffLoan(response(id), id, b.note(), dates.orToday(b.actedOn())), user.name()));
    }

    @PostMapping("/{id}/decline")
    ResponseEntity<Recorded> decline(@PathVariable String id, @Valid @RequestBody(required = false) NoteBody body) {
        NoteBody b = NoteBody.orEmpty(body);
        return Recorded.step(id, recorder.<StaffLoanStatus>record(
                new DeclineStaffLoan(response(id), id, b.note(), dates.orToday(b.actedOn())), user.name()));
    }

    @PostMapping("/{id}/start")
    ResponseEntity<Recorded> start(@PathVariable String id, @Valid @RequestBody(required = false) NoteBody body) {
        NoteBody b = NoteBody.orEmpty(body);
        return Recorded.step(id, recorder.<StaffLoanStatus>record(
                new StartStaffLoan(ItemIds.requireItemId(id), b.note(), dates.orToday(b.actedOn())), user.name()));
    }

    @PostMapping("/{id}/completion")
    ResponseEntity<Recorded> complete(@PathVariable String id, @Valid @RequestBody Completion body) {
        return Recorded.step(id, recorder.<StaffLoanStatus>record(new CompleteStaffLoan(ItemIds.requireItemId(id),
                body.outcome(), dates.orToday(body.actedOn())), user.name()));
    }

    @PostMapping("/{id}/cancellation")
    ResponseEntity<Recorded> cancel(@PathVariable String id, @Valid @RequestBody(required = false) NoteBody body) {
        NoteBody b = NoteBody.orEmpty(body);
        return Recorded.step(id, recorder.<StaffLoanStatus>record(
                new CancelStaffLoan(ItemIds.requireItemId(id), b.note(), dates.orToday(b.actedOn())), user.name()));
    }

    private String response(String loanId) {
        return ItemIds.replyTo(ItemIds.requireItemId(loanId), identity.secretariat());
    }
}
