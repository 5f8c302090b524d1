package org.jwp.ledger.node.report;

import org.jwp.ledger.events.ActivityCode;
import org.jwp.ledger.events.DocumentReference;
import org.jwp.ledger.events.Taxon;
import org.jwp.ledger.events.catalogue.Activity;
import org.jwp.ledger.events.catalogue.Programme;
import org.jwp.ledger.events.catalogue.Row;
import org.jwp.ledger.events.catalogue.SpeciesGroup;
import org.jwp.ledger.events.catalogue.Theme;
import org.jwp.ledger.events.progress.ActivityResultRecorded;
import org.jwp.ledger.node.ledger.Assumed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Builds the report from a list of events: pure, so the same events give the same report anywhere. The annex part
 * holds only what the programme document and the secretariats wrote: per row, the activities' texts and the result
 * passages recorded for them. Everything else the ledger knows follows in its own sections. Items and results count
 * in the period when something was done on them in it (their {@code actedOn}, a result's year); their state is the
 * state at the period's end.
 */
public final class ReportBuilder {

    /** By date, then id (written out: a year's rows and species sections sort 100,000 entries each). */
    private static final Comparator<Report.Entry> ORDER = (a, b) -> {
        int byDate = a.date().compareTo(b.date());
        return byDate != 0 ? byDate : a.id().compareTo(b.id());
    };

    private ReportBuilder() {
    }

    /** What a report is about beyond its events: its title, programme, period and header reference. */
    public record Scope(String title, String reference, Programme programme, LocalDate from, LocalDate to,
                        String asOf) {
    }

    /** From every event of the period's streams (and more: events of other periods are left out here). */
    public static Report build(Scope scope, List<LedgerEvent> events, List<Report.Head> heads) {
        CurrentResults results = new CurrentResults();
        List<LedgerEvent> steps = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            LedgerEvent e = events.get(i);
            // The events come in ledger order, so their index orders one origin's events as its sequence does.
            if (!results.fold(e.payload(), e.assumed(), e.time(), i)) {
                steps.add(e);
            }
        }
        return build(scope, steps, results, heads);
    }

    /** From the workflow steps of the period's items (ledger order) and the results as they now read. */
    static Report build(Scope scope, List<LedgerEvent> steps, CurrentResults current, List<Report.Head> heads) {
        Programme programme = scope.programme();
        LocalDate from = scope.from();
        LocalDate to = scope.to();
        ItemFolder folder = new ItemFolder();
        steps.forEach(e -> folder.fold(e, to));
        List<CurrentResults.Current> counted = current.countedIn(programme.id(), from, to);
        List<ActivityResultRecorded> results = new ArrayList<>(counted.size());
        // The ledger's sections show each result once per row and species group it belongs to: made once, at the
        // result's place in the list.
        List<Report.Entry> entries = new ArrayList<>(counted.size());
        for (CurrentResults.Current c : counted) {
            results.add(c.result());
            entries.add(entry(c.result(), c.lastCorrection(), c.assumed()));
        }
        List<Item> items = folder.items.values().stream().filter(i -> i.programme.equals(programme.id())).toList();
        List<Item> inPeriod = items.stream()
                .filter(i -> i.actedOn.stream().anyMatch(d -> !d.isBefore(from) && !d.isAfter(to))).toList();

        CodeIndex<ActivityResultRecorded> resultsByCode = new CodeIndex<>(results,
                ActivityResultRecorded::activityCodes);
        CodeIndex<Item> itemsByCode = new CodeIndex<>(inPeriod, i -> i.codes);
        // The species sections on another core while the rows are laid out: each reads only what is made above.
        CompletableFuture<List<Report.SpeciesSection>> species = CompletableFuture.supplyAsync(
                () -> species(programme, inPeriod, counted, entries, from));
        List<Report.ThemeSection> themes = new ArrayList<>();
        List<Report.LedgerRow> ledger = new ArrayList<>();
        List<Report.SummaryRow> summary = new ArrayList<>();
        Tally all = new Tally();
        for (Theme t : programme.themes()) {
            List<Report.RowSection> rows = new ArrayList<>();
            Tally inTheme = new Tally();
            for (Row row : t.rows()) {
                List<ActivityCode> codes = row.activities().stream().map(Activity::code).toList();
                BitSet named = resultsByCode.positions(codes);
                List<Report.Passage> passages = new ArrayList<>(named.cardinality());
                List<Report.Entry> rowEntries = new ArrayList<>(named.cardinality());
                for (int i = named.nextSetBit(0); i >= 0; i = named.nextSetBit(i + 1)) {
                    passages.add(new Report.Passage(results.get(i).resultId(), results.get(i).text()));
                    rowEntries.add(entries.get(i));
                }
                rows.add(new Report.RowSection(row.heading(), row.activities().stream().map(Activity::text).toList(),
                        List.copyOf(passages)));
                List<Item> rowItems = itemsByCode.naming(codes);
                rowItems.forEach(i -> rowEntries.add(entry(i, from)));
                rowEntries.sort(ORDER);
                rowEntries.forEach(inTheme::add);
                ledger.add(new Report.LedgerRow(t.code() + ": " + row.label(), row.heading(),
                        Sentences.summary(rowItems), rowEntries));
            }
            themes.add(new Report.ThemeSection(t.code(), t.title(), introduction(t, programme), rows));
            summary.add(inTheme.row(t.code() + ". " + t.title()));
            all.add(inTheme);
        }
        summary.add(all.row("Total"));

        Report report = new Report(scope.title(), scope.reference(), programme.id(), programme.title(),
                programme.implementationTitle(), from.toString(), to.toString(), programme.introduction(), themes, ledger,
                species.join(), open(items, to), summary, scope.asOf(), heads, null, null);
        return report.withDigest(ReportJson.digest(report));
    }

    /** The theme's introduction as written, the shared species list (markup list items) where it stands. */
    private static List<String> introduction(Theme t, Programme programme) {
        List<String> paragraphs = new ArrayList<>();
        for (String p : t.introduction()) {
            if (p.equals(Theme.SHARED_SPECIES)) {
                programme.sharedSpecies().stream().filter(g -> g.line() != null)
                        .forEach(g -> paragraphs.add("- " + g.line()));
            } else {
                paragraphs.add(p);
            }
        }
        return paragraphs;
    }

    private static List<Report.SpeciesSection> species(Programme programme, List<Item> inPeriod,
                                                       List<CurrentResults.Current> results,
                                                       List<Report.Entry> entries, LocalDate from) {
        List<SpeciesGroup> groups = programme.sharedSpecies();
        List<List<Report.Entry>> concerned = new ArrayList<>();
        groups.forEach(g -> concerned.add(new ArrayList<>()));
        // A year's results name few taxa: each is looked up in the taxonomy once, not once per result and group.
        Map<String, BitSet> groupsOf = new HashMap<>();
        Function<String, BitSet> lookUp = taxon -> groupsOf.computeIfAbsent(taxon, t -> {
            BitSet in = new BitSet();
            for (int g = 0; g < groups.size(); g++) {
                in.set(g, groups.get(g).includes(t));
            }
            return in;
        });
        for (Item i : inPeriod) {
            if (i.taxon != null) {
                Report.Entry e = entry(i, from);
                lookUp.apply(i.taxon).stream().forEach(g -> concerned.get(g).add(e));
            }
        }
        // Results share their lists of taxa: each list looked up once.
        Map<List<Taxon>, BitSet> groupsOfList = new HashMap<>();
        for (int i = 0; i < results.size(); i++) {
            CurrentResults.Current c = results.get(i);
            ActivityResultRecorded r = c.result();
            BitSet in = groupsOfList.computeIfAbsent(r.species(), list -> {
                BitSet union = new BitSet();
                list.forEach(t -> union.or(lookUp.apply(t.name())));
                return union;
            });
            if (!in.isEmpty()) {
                // The species sections do not say a result was corrected: its entry without the note.
                Report.Entry e = c.lastCorrection() == null ? entries.get(i) : entry(r, null, c.assumed());
                in.stream().forEach(g -> concerned.get(g).add(e));
            }
        }
        List<Report.SpeciesSection> species = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            concerned.get(g).sort(ORDER);
            species.add(new Report.SpeciesSection(groups.get(g).name(), groups.get(g).taxa(), concerned.get(g)));
        }
        return species;
    }

    private static List<Report.OpenItem> open(List<Item> items, LocalDate to) {
        return items.stream().filter(Item::open)
                .map(i -> new Report.OpenItem(i.id, i.kind, i.owner, i.counterpart, i.title, i.status,
                        Objects.toString(i.deadline(), null), i.deadline() != null && i.deadline().isBefore(to)))
                .sorted(Comparator.comparing(Report.OpenItem::overdue).reversed()
                        .thenComparing(Report.OpenItem::id))
                .toList();
    }

    /** A summary row's counts: each entry once (by id), by who did it. */
    private static final class Tally {

        private final Map<String, String> byId = new HashMap<>();

        void add(Report.Entry e) {
            byId.putIfAbsent(e.id(), e.by());
        }

        void add(Tally other) {
            other.byId.forEach(byId::putIfAbsent);
        }

        Report.SummaryRow row(String label) {
            long cites = 0;
            long cms = 0;
            long joint = 0;
            for (String by : byId.values()) {
                cites += by.equals("CITES") ? 1 : 0;
                cms += by.equals("CMS") ? 1 : 0;
                joint += by.equals("Joint") ? 1 : 0;
            }
            return new Report.SummaryRow(label, cites, cms, joint, cites + cms + joint);
        }
    }

    private static Report.Entry entry(Item i, LocalDate from) {
        LocalDate first = i.actedOn.stream().filter(d -> !d.isBefore(from)).min(Comparator.naturalOrder())
                .orElse(i.openedOn);
        return new Report.Entry(i.day(first), i.kind, i.id, i.joint() ? "Joint" : i.owner,
                i.describe + ". " + i.detail, List.copyOf(i.documentRefs));
    }

    /** A result in the ledger's sections: who recorded it, for which year and activities, and its documents. */
    private static Report.Entry entry(ActivityResultRecorded r, String corrected, Assumed a) {
        String codes = String.join(", ", r.activityCodes().stream().map(ActivityCode::value).toList());
        return new Report.Entry(a.date("actedOn", r.actedOn()), "RESULT", r.resultId(),
                r.joint() ? "Joint" : r.recordedBy().name(), "Result passage for " + r.year() + (a.has("year") ? " (year assumed)" : "")
                + " (" + codes
                + ") recorded by " + r.recordedBy().name() + ": " + opening(r.text())
                + (corrected == null ? "" : " Corrected on " + corrected),
                r.documentRefs().stream().map(DocumentReference::value).toList());
    }

    /** The passage's first words, to recognise it by in the ledger's sections (the annex holds it whole). */
    private static String opening(String text) {
        String plain = Markup.plain(text).replace('\n', ' ');
        if (plain.isEmpty() || plain.charAt(plain.length() - 1) == ' ') {
            String[] words = plain.split(" ");
            return words.length <= 12 ? plain : String.join(" ", List.of(words).subList(0, 12)) + " …";
        }
        // The words split(" ") gives, without splitting (no trailing space): up to the twelfth space.
        int at = -1;
        for (int n = 0; n < 12; n++) {
            at = plain.indexOf(' ', at + 1);
            if (at < 0) {
                return plain;
            }
        }
        return plain.substring(0, at) + " …";
    }
}
