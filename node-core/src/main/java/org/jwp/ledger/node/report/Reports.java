package org.jwp.ledger.node.report;

import org.jwp.ledger.events.catalogue.Programme;
import org.jwp.ledger.events.catalogue.ProgrammeCatalogue;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds a report named by its key, {@code annual/<year>} or {@code programme/<id>}: the current draft, the draft as
 * of an instant, or the content as the ledger stood at given heads (an issued version).
 */
@Component
public class Reports {

    private static final ProgrammeCatalogue CATALOGUE = ProgrammeCatalogue.standard();
    private static final Pattern ANNUAL = Pattern.compile("annual/(\\d{4})");
    private static final Pattern PROGRAMME = Pattern.compile("programme/(\\d{4}-\\d{4})");

    private final ReportSource source;
    private final DraftSource drafts;
    private final String defaultReference;

    Reports(ReportSource source, DraftSource drafts, @Value("${ledger.report.reference:}") String defaultReference) {
        this.source = source;
        this.drafts = drafts;
        this.defaultReference = defaultReference;
    }

    /** What a key names: title, programme and period; refuses a key naming no year or programme covered. */
    record Scope(String title, Programme programme, LocalDate from, LocalDate to) {
    }

    /** Refuses (IllegalArgumentException) a key that names no report, without building one. */
    public static void requireKnown(String key) {
        scope(key);
    }

    static Scope scope(String key) {
        Matcher annual = ANNUAL.matcher(key);
        if (annual.matches()) {
            int year = Integer.parseInt(annual.group(1));
            Programme p = CATALOGUE.forYear(year);
            return new Scope("Implementation of the " + p.title() + " in " + year, p, LocalDate.of(year, 1, 1),
                    LocalDate.of(year, 12, 31));
        }
        Matcher programme = PROGRAMME.matcher(key);
        Programme p = programme.matches() ? CATALOGUE.programme(programme.group(1)).orElse(null) : null;
        if (p == null) {
            throw new IllegalArgumentException("no report " + key + "; reports are annual/<year> or programme/<id> "
                    + "of " + CATALOGUE.programmes().stream().map(Programme::id).toList());
        }
        return new Scope(p.implementationTitle(), p, LocalDate.of(p.firstYear(), 1, 1),
                LocalDate.of(p.lastYear(), 12, 31));
    }

    public Report draft(String key, Instant asOf, String reference) {
        Scope s = scope(key);
        ReportBuilder.Scope scope = new ReportBuilder.Scope(s.title(), reference(reference), s.programme(), s.from(),
                s.to(), asOf == null ? null : asOf.toString());
        // The current draft from the results' read model; as of an instant (or while the read model is rebuilt)
        // from the events.
        Optional<DraftSource.Draft> draft = asOf == null ? drafts.read(s.from(), s.to(), s.programme().id())
                : Optional.empty();
        if (draft.isPresent()) {
            return ReportBuilder.build(scope, draft.get().steps(), draft.get().results(), draft.get().heads());
        }
        ReportSource.Snapshot snapshot = source.read(s.from(), s.to(), asOf);
        return ReportBuilder.build(scope, snapshot.events(), snapshot.heads());
    }

    /** The content as the ledger stood at exactly these heads (origin: last sequence). */
    public Report at(String key, Map<String, Long> heads, String reference) {
        Scope s = scope(key);
        ReportSource.Snapshot snapshot = source.read(s.from(), s.to(), null, heads);
        return ReportBuilder.build(new ReportBuilder.Scope(s.title(), reference(reference), s.programme(), s.from(),
                s.to(), null), snapshot.events(), snapshot.heads());
    }

    private String reference(String given) {
        String chosen = given != null ? given.strip() : defaultReference.strip();
        return chosen.isEmpty() ? null : chosen;
    }
}
