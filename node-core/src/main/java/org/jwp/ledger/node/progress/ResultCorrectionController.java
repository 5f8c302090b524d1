package org.jwp.ledger.node.progress;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.jwp.ledger.events.ActivityCode;
import org.jwp.ledger.events.DocumentReference;
import org.jwp.ledger.events.Taxon;
import org.jwp.ledger.node.versions.ResultHistory;
import org.jwp.ledger.node.versions.ResultVersions;
import org.jwp.ledger.node.request.Checks;
import org.jwp.ledger.node.request.LongText;
import org.jwp.ledger.node.request.Programmes;
import org.jwp.ledger.node.web.Recorded;
import org.jwp.ledger.node.ledger.Recording;
import org.jwp.ledger.node.request.ShortText;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * A result's versions, its correction and its withdrawal, by the secretariat that recorded it (the other's results
 * are refused with 409 by the one-writer rule). The stream is read directly, so an answer never waits for a
 * projection.
 */
@RestController
class ResultCorrectionController {

    record Correction(@Size(max = ActivityResult.MAX_ACTIVITIES) List<@NotBlank @ShortText String> activityCodes,
                      Integer year, @LongText String text,
                      @Size(max = 20) List<@NotBlank @ShortText String> documentRefs,
                      @Size(max = 20) List<@NotBlank @ShortText String> species, Boolean joint,
                      @NotBlank @LongText String reason, @PastOrPresent LocalDate actedOn) {
    }

    record Withdrawal(@NotBlank @LongText String reason, @PastOrPresent LocalDate actedOn) {
    }

    private final Recording recording;
    private final ResultHistory history;

    ResultCorrectionController(Recording recording, ResultHistory history) {
        this.recording = recording;
        this.history = history;
    }

    @GetMapping("/api/results/{id}")
    ResultVersions.View result(@PathVariable String id) {
        return versions(id);
    }

    @PostMapping("/api/results/{id}/correction")
    ResponseEntity<Recorded> correct(@PathVariable String id, @RequestBody Correction body) {
        ResultVersions.View current = versions(id);
        Checks checks = recording.validate(body);
        checks.check(Stream.of(body.activityCodes(), body.year(), body.text(), body.documentRefs(), body.species(),
                body.joint()).anyMatch(v -> v != null), null, "nothing to change: give the fields that change");
        checks.check(body.text() == null || !body.text().isBlank(), "text", "must not be blank");
        List<ActivityCode> codes = null;
        if (body.activityCodes() != null) {
            checks.check(!body.activityCodes().isEmpty(), "activityCodes", "must name 1 to "
                    + ActivityResult.MAX_ACTIVITIES + " activities");
            codes = Programmes.resolve(current.programme(), null, body.activityCodes(), checks).codes();
        }
        checks.orThrow();
        recording.record(new CorrectActivityResult(id, codes, body.year(), body.text(),
                body.documentRefs() == null ? null : body.documentRefs().stream().map(DocumentReference::of).toList(),
                body.species() == null ? null : body.species().stream().map(Taxon::of).toList(), body.joint(),
                body.reason(), recording.actedOn(body.actedOn())));
        return ResponseEntity.ok(new Recorded(id, "CORRECTED"));
    }

    @PostMapping("/api/results/{id}/withdrawal")
    ResponseEntity<Recorded> withdraw(@PathVariable String id, @RequestBody Withdrawal body) {
        versions(id);
        recording.validate(body).orThrow();
        recording.record(new WithdrawActivityResult(id, body.reason(), recording.actedOn(body.actedOn())));
        return ResponseEntity.ok(new Recorded(id, "WITHDRAWN"));
    }

    private ResultVersions.View versions(String id) {
        return history.of(id);
    }
}
