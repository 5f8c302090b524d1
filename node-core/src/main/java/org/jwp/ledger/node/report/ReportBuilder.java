package org.jwp.ledger.node.report;

import org.jwp.ledger.events.ActivityCode;
import org.jwp.ledger.events.DocumentReference;
import org.jwp.ledger.events.Taxon;
import org.jwp.ledger.events.catalogue.Activity;
import org.jwp.ledger.events.catalogue.Programme;
import org.jwp.ledger.events.catalogue.SpeciesGroup;
import org.jwp.ledger.events.catalogue.Theme;
import org.jwp.ledger.events.progress.ActivityResultRecorded;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds the report from a list of events: pure, so the same events and heads give the same report anywhere.
 * Items and results count in the period when something was done on them in it (their {@code actedOn}, a result's
 * year); their state is the state at the period's end.
 */
public final class ReportBuilder {

    private static final Comparator<Report.Entry> ORDER = Comparator.comparing(Report.Entry::date)
            .thenComparing(Report.Entry::id);

    private ReportBuilder() {
    }

    public static Report build(String title, Programme programme, LocalDate from, LocalDate to, String asOf,
                               List<LedgerEvent> events, List<Report.Head> heads) {
        ItemFolder folder = new ItemFolder();
        List<ActivityResultRecorded> results = new ArrayList<>();
        for (LedgerEvent e : events) {
            if (e.payload() instanceof ActivityResultRecorded r) {
                if (r.programme().equals(programme.id()) && r.year() >= from.getYear() && r.year() <= to.getYear()
                        && !r.actedOn().isAfter(to)) {
                    results.add(r);
                }
            } else {
                folder.fold(e.payload(), to);
            }
        }
        List<Item> items = folder.items.values().stream().filter(i -> i.programme.equals(programme.id())).toList();
        List<Item> inPeriod = items.stream()
                .filter(i -> i.actedOn.stream().anyMatch(d -> !d.isBefore(from) && !d.isAfter(to))).toList();

        Map<ActivityCode, List<Report.Entry>> byActivity = new LinkedHashMap<>();
        Map<ActivityCode, List<Item>> itemsByActivity = new LinkedHashMap<>();
        for (Item i : inPeriod) {
            for (ActivityCode c : i.codes) {
                byActivity.computeIfAbsent(c, k -> new ArrayList<>()).add(entry(i, from));
                itemsByActivity.computeIfAbsent(c, k -> new ArrayList<>()).add(i);
            }
        }
        for (ActivityResultRecorded r : results) {
            byActivity.computeIfAbsent(r.activityCode(), k -> new ArrayList<>()).add(entry(r));
        }

        List<Report.ThemeSection> themes = new ArrayList<>();
        List<Report.SummaryRow> summary = new ArrayList<>();
        for (Theme t : programme.themes()) {
            List<Report.ActivitySection> activities = new ArrayList<>();
            Map<String, Report.Entry> distinct = new LinkedHashMap<>();
            for (Activity a : t.activities()) {
                List<Report.Entry> entries = new ArrayList<>(byActivity.getOrDefault(a.code(), List.of()));
                entries.sort(ORDER);
                entries.forEach(e -> distinct.putIfAbsent(e.id(), e));
                activities.add(new Report.ActivitySection(a.code().value(), a.title(),
                        Sentences.summary(itemsByActivity.getOrDefault(a.code(), List.of())), entries));
            }
            themes.add(new Report.ThemeSection(t.code(), t.title(), activities));
            summary.add(row(t.code() + ". " + t.title(), distinct.values()));
        }
        summary.add(row("Total", themes.stream().flatMap(t -> t.activities().stream())
                .flatMap(a -> a.results().stream())
                .collect(LinkedHashMap<String, Report.Entry>::new, (m, e) -> m.putIfAbsent(e.id(), e), Map::putAll)
                .values()));

        List<Report.SpeciesSection> species = new ArrayList<>();
        for (SpeciesGroup g : programme.sharedSpecies()) {
            List<Report.Entry> concerned = new ArrayList<>();
            inPeriod.stream().filter(i -> i.taxon != null && g.includes(i.taxon)).forEach(i -> concerned.add(entry(i,
                    from)));
            results.stream().filter(r -> r.species().stream().map(Taxon::name).anyMatch(g::includes))
                    .forEach(r -> concerned.add(entry(r)));
            concerned.sort(ORDER);
            species.add(new Report.SpeciesSection(g.name(), g.taxa(), concerned));
        }

        List<Report.OpenItem> open = items.stream().filter(Item::open)
                .map(i -> new Report.OpenItem(i.id, i.kind, i.owner, i.counterpart, i.title, i.status,
                        Objects.toString(i.deadline(), null), i.deadline() != null && i.deadline().isBefore(to)))
                .sorted(Comparator.comparing(Report.OpenItem::overdue).reversed()
                        .thenComparing(Report.OpenItem::id))
                .toList();

        Report report = new Report(title, programme.id(), programme.title(), from.toString(), to.toString(), asOf,
                heads, themes, species, open, summary, null);
        return report.withSha256(ReportJson.digest(report));
    }

    private static Report.SummaryRow row(String label, java.util.Collection<Report.Entry> entries) {
        long cites = entries.stream().filter(e -> e.by().equals("CITES")).count();
        long cms = entries.stream().filter(e -> e.by().equals("CMS")).count();
        long joint = entries.stream().filter(e -> e.by().equals("Joint")).count();
        return new Report.SummaryRow(label, cites, cms, joint, cites + cms + joint);
    }

    private static Report.Entry entry(Item i, LocalDate from) {
        LocalDate first = i.actedOn.stream().filter(d -> !d.isBefore(from)).min(Comparator.naturalOrder())
                .orElse(i.openedOn);
        return new Report.Entry(first.toString(), i.kind, i.id, i.joint() ? "Joint" : i.owner,
                i.describe + ". " + i.detail, List.copyOf(i.documentRefs));
    }

    private static Report.Entry entry(ActivityResultRecorded r) {
        return new Report.Entry(r.actedOn().toString(), "RESULT", r.resultId(),
                r.joint() ? "Joint" : r.recordedBy().name(), r.text(),
                r.documentRefs().stream().map(DocumentReference::value).toList());
    }
}
