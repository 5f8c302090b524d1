package org.jwp.ledger.node.progress;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.jwp.ledger.events.ActivityCode;
import org.jwp.ledger.events.DocumentReference;
import org.jwp.ledger.events.Taxon;
import org.jwp.ledger.events.catalogue.Programme;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

/**
 * Result passages: {@code POST /api/results} for a passage concerning one or more activities ({@code activityCodes},
 * 1-10, of one programme), {@code POST /api/activities/{code}/results} for one activity.
 */
@RestController
class ActivityResultController {

    record NewResult(@NotBlank @ShortText String programme,
                     @Size(max = ActivityResult.MAX_ACTIVITIES) List<@NotBlank @ShortText String> activityCodes,
                     @NotNull Integer year, @NotBlank @LongText String text,
                     @Size(max = 20) List<@NotBlank @ShortText String> documentRefs,
                     @Size(max = 20) List<@NotBlank @ShortText String> species, @NotNull Boolean joint,
                     @PastOrPresent LocalDate actedOn) {
    }

    private final Recording recording;
    private final ActivityResultQueries queries;

    ActivityResultController(Recording recording, ActivityResultQueries queries) {
        this.recording = recording;
        this.queries = queries;
    }

    @PostMapping("/api/results")
    ResponseEntity<Recorded> record(@RequestBody NewResult body) {
        LocalDate actedOn = recording.actedOn(body.actedOn());
        Checks checks = recording.validate(body);
        checks.check(body.activityCodes() != null && !body.activityCodes().isEmpty(), "activityCodes",
                "must name 1 to " + ActivityResult.MAX_ACTIVITIES + " activities of the programme");
        Programmes.Resolved resolved = Programmes.resolve(body.programme(), actedOn, body.activityCodes(), checks);
        return record(body, actedOn, checks, resolved.programme(), resolved.codes());
    }

    @PostMapping("/api/activities/{code}/results")
    ResponseEntity<Recorded> record(@PathVariable String code, @RequestBody NewResult body) {
        LocalDate actedOn = recording.actedOn(body.actedOn());
        Checks checks = recording.validate(body);
        checks.check(body.activityCodes() == null, "activityCodes",
                "is given by the address here; use POST /api/results for a passage on several activities");
        Programme programme = Programmes.programme(body.programme(), actedOn, checks);
        ActivityCode activity = programme == null ? null : Programmes.code(programme, code, "code", checks);
        return record(body, actedOn, checks, programme, activity == null ? List.of() : List.of(activity));
    }

    private ResponseEntity<Recorded> record(NewResult body, LocalDate actedOn, Checks checks, Programme programme,
                                            List<ActivityCode> codes) {
        // The year is the result's own rule: the aggregate refuses it, naming the field (ResultYears).
        checks.orThrow();
        String id = recording.newId("RES", actedOn);
        recording.record(new RecordActivityResult(id, programme.id(), codes, body.year(), body.text(),
                list(body.documentRefs()).stream().map(DocumentReference::of).toList(),
                list(body.species()).stream().map(Taxon::of).toList(), body.joint(), actedOn));
        return Recorded.created("/api/activities/" + codes.get(0) + "/results/" + id, id);
    }

    @GetMapping("/api/activities/{code}/results")
    List<ActivityResultView> results(@PathVariable String code,
                                     @RequestParam(required = false) String programme,
                                     @RequestParam(required = false) Integer year) {
        return queries.forActivity(code, programme, year);
    }

    @GetMapping("/api/activities/{code}/results/{id}")
    ActivityResultView result(@PathVariable String code, @PathVariable String id) {
        return queries.one(id);
    }

    private static List<String> list(List<String> values) {
        return values == null ? List.of() : values;
    }
}
