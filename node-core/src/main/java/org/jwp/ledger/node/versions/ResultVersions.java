package org.jwp.ledger.node.versions;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jwp.ledger.events.ActivityCode;
import org.jwp.ledger.events.DocumentReference;
import org.jwp.ledger.events.Taxon;
import org.jwp.ledger.events.progress.ActivityResultCorrected;
import org.jwp.ledger.events.progress.ActivityResultRecorded;
import org.jwp.ledger.events.progress.ActivityResultWithdrawn;
import org.jwp.ledger.node.ledger.Assumed;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A result's current version and every earlier one, folded from its stream: pure, so the page, the API and tests
 * agree. Each entry says what changed, who recorded it, when, and why.
 */
public final class ResultVersions {

    /** One recorded step of a result's stream, as the store holds it. */
    public record Step(Object event, String recordedBy, String recordedAt, Assumed assumed) {

        public Step(Object event, String recordedBy, String recordedAt) {
            this(event, recordedBy, recordedAt, Assumed.NONE);
        }
    }

    public record Version(List<String> activityCodes, int year, String text, List<String> documentRefs,
                          List<String> species, boolean joint) {

        static Version of(ActivityResultRecorded r) {
            return new Version(r.activityCodes().stream().map(ActivityCode::value).toList(), r.year(), r.text(),
                    r.documentRefs().stream().map(DocumentReference::value).toList(),
                    r.species().stream().map(Taxon::name).toList(), r.joint());
        }
    }

    /**
     * {@code kind}: RECORDED, CORRECTED or WITHDRAWN; {@code changed}: the fields a correction changed;
     * {@code assumed}: the values its recorder assumed (the year, a date of action), which the page marks.
     */
    public record Entry(int version, String kind, List<String> changed, String reason, String recordedBy,
                        String recordedAt, String actedOn, Version result,
                        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> assumed) {
    }

    /** {@code assumed}: of the result as it now reads, the values its recorders assumed. */
    public record View(String id, String recordedBy, String programme, String actedOn, boolean withdrawn,
                       Version current, List<Entry> versions,
                       @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> assumed) {
    }

    private ResultVersions() {
    }

    public static View fold(List<Step> steps) {
        ActivityResultRecorded current = null;
        Assumed assumed = Assumed.NONE;
        boolean withdrawn = false;
        List<Entry> versions = new ArrayList<>();
        for (Step step : steps) {
            if (step.event() instanceof ActivityResultRecorded r) {
                current = r;
                assumed = step.assumed();
                versions.add(new Entry(1, "RECORDED", List.of(), null, step.recordedBy(), step.recordedAt(),
                        r.actedOn().toString(), Version.of(r), step.assumed().sorted()));
            } else if (step.event() instanceof ActivityResultCorrected c && current != null) {
                ActivityResultRecorded next = c.applyTo(current);
                versions.add(new Entry(versions.size() + 1, "CORRECTED", changed(current, next), c.reason(),
                        step.recordedBy(), step.recordedAt(), c.actedOn().toString(), Version.of(next),
                        step.assumed().sorted()));
                assumed = assumed.replacing(c.year() == null ? List.of() : List.of("year"), step.assumed());
                current = next;
            } else if (step.event() instanceof ActivityResultWithdrawn w && current != null) {
                withdrawn = true;
                versions.add(new Entry(versions.size() + 1, "WITHDRAWN", List.of(), w.reason(), step.recordedBy(),
                        step.recordedAt(), w.actedOn().toString(), Version.of(current), step.assumed().sorted()));
            }
        }
        if (current == null) {
            throw new IllegalArgumentException("not a result's stream");
        }
        return new View(current.resultId(), current.recordedBy().name(), current.programme(),
                current.actedOn().toString(), withdrawn, Version.of(current), List.copyOf(versions),
                assumed.sorted());
    }

    private static List<String> changed(ActivityResultRecorded before, ActivityResultRecorded after) {
        List<String> fields = new ArrayList<>();
        add(fields, "activityCodes", before.activityCodes(), after.activityCodes());
        add(fields, "year", before.year(), after.year());
        add(fields, "text", before.text(), after.text());
        add(fields, "documentRefs", before.documentRefs(), after.documentRefs());
        add(fields, "species", before.species(), after.species());
        add(fields, "joint", before.joint(), after.joint());
        return fields;
    }

    private static void add(List<String> fields, String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            fields.add(name);
        }
    }
}
