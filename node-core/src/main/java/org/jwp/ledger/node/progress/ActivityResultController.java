package org.jwp.ledger.node.progress;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.jwp.ledger.events.ActivityCode;
import org.jwp.ledger.events.DocumentReference;
import org.jwp.ledger.events.Taxon;
import org.jwp.ledger.events.catalogue.Programme;
import org.jwp.ledger.node.web.Checks;
import org.jwp.ledger.node.web.LongText;
import org.jwp.ledger.node.web.Programmes;
import org.jwp.ledger.node.web.Recorded;
import org.jwp.ledger.node.web.Recording;
import org.jwp.ledger.node.web.ShortText;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

@RestController
@RequestMapping("/api/activities")
class ActivityResultController {

    record NewResult(@NotBlank @ShortText String programme, @NotNull Integer year, @NotBlank @LongText String text,
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

    @PostMapping("/{code}/results")
    ResponseEntity<Recorded> record(@PathVariable String code, @RequestBody NewResult body) {
        LocalDate actedOn = recording.actedOn(body.actedOn());
        Checks checks = recording.validate(body);
        Programme programme = Programmes.programme(body.programme(), actedOn, checks);
        ActivityCode activity = programme == null ? null : Programmes.code(programme, code, "code", checks);
        if (programme != null && body.year() != null) {
            checks.check(body.year() >= programme.firstYear() && body.year() <= Math.max(programme.lastYear(),
                            recording.today().getYear()), "year",
                    "must lie within the programme " + programme.id() + " (or its extension up to this year)");
        }
        checks.check(body.year() == null || body.year() <= actedOn.getYear(), "year",
                "must not be after the year it was recorded for");
        checks.orThrow();
        String id = recording.newId("RES", actedOn);
        recording.record(new RecordActivityResult(id, programme.id(), activity, body.year(), body.text(),
                list(body.documentRefs()).stream().map(DocumentReference::of).toList(),
                list(body.species()).stream().map(Taxon::of).toList(), body.joint(), actedOn));
        return Recorded.created("/api/activities/" + activity + "/results/" + id, id);
    }

    @GetMapping("/{code}/results")
    List<ActivityResultView> results(@PathVariable String code,
                                     @RequestParam(required = false) String programme,
                                     @RequestParam(required = false) Integer year) {
        return queries.forActivity(code, programme, year);
    }

    @GetMapping("/{code}/results/{id}")
    ActivityResultView result(@PathVariable String code, @PathVariable String id) {
        return queries.one(id);
    }

    private static List<String> list(List<String> values) {
        return values == null ? List.of() : values;
    }
}
