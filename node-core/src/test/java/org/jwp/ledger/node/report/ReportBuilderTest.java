package org.jwp.ledger.node.report;

import org.junit.jupiter.api.Test;
import org.jwp.ledger.events.ActivityCode;
import org.jwp.ledger.events.CommentPosition;
import org.jwp.ledger.events.DocumentReference;
import org.jwp.ledger.events.Meeting;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.events.Taxon;
import org.jwp.ledger.events.catalogue.Programme;
import org.jwp.ledger.events.catalogue.ProgrammeCatalogue;
import org.jwp.ledger.events.consultation.ConsultationCommentSubmitted;
import org.jwp.ledger.events.consultation.ConsultationRequested;
import org.jwp.ledger.events.progress.ActivityResultRecorded;
import org.jwp.ledger.events.staffloan.StaffLoanAgreed;
import org.jwp.ledger.events.staffloan.StaffLoanProposed;
import org.jwp.ledger.node.ledger.Assumed;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The report built from fixed event lists: no database, no node. */
class ReportBuilderTest {

    private static final Programme P2 = ProgrammeCatalogue.standard().programme("2021-2025").orElseThrow();
    private static final LocalDate FROM = LocalDate.of(2024, 1, 1);
    private static final LocalDate TO = LocalDate.of(2024, 12, 31);
    private static final List<Report.Head> HEADS = List.of(new Report.Head("CITES", 4, "ab".repeat(32)));

    private final List<LedgerEvent> events = new ArrayList<>();

    private void on(String origin, Object payload) {
        events.add(new LedgerEvent(origin, events.size() + 1, Instant.parse("2026-01-01T00:00:00Z")
                .plusSeconds(events.size()), payload));
    }

    private Report build() {
        return build(HEADS);
    }

    private Report build(List<Report.Head> heads) {
        return ReportBuilder.build(new ReportBuilder.Scope("Report 2024", null, P2, FROM, TO, null), events, heads);
    }

    private static ConsultationRequested sharks(String id, LocalDate asked, LocalDate due) {
        return new ConsultationRequested(id, Secretariat.CITES, Secretariat.CMS, Meeting.of("CITES CoP20"),
                "Prop. 12", Taxon.of("Carcharhinus longimanus"), "Include in Appendix II", due, "2021-2025",
                List.of(ActivityCode.of("C3"), ActivityCode.of("B18")), null, asked);
    }

    @Test
    void everyThemeAndRowOfTheProgrammeIsLaidOutAsItsDocumentWritesIt() {
        Report r = build();

        assertThat(r.themes()).extracting(Report.ThemeSection::code).containsExactly("A", "B", "C", "D", "E");
        Report.ThemeSection b = r.themes().get(1);
        assertThat(b.introduction()).contains("Shared species of particular attention include:",
                "- Argali sheep (*Ovis ammon*)", "- Saiga antelope (*Saiga* spp.)");
        Report.RowSection saiga = b.rows().stream().filter(row -> "Saiga antelope".equals(row.heading()))
                .findFirst().orElseThrow();
        assertThat(saiga.activities()).hasSize(2).allMatch(text -> text.startsWith("B15. ")
                || text.startsWith("B16. "));
        assertThat(r.themes().stream().flatMap(t -> t.rows().stream()).mapToLong(row -> row.activities().size())
                .sum()).isEqualTo(37);
        assertThat(r.themes().stream().flatMap(t -> t.rows().stream())).allMatch(row -> row.results().isEmpty());
        assertThat(r.ledger()).allMatch(Report.LedgerRow::nothingRecorded);
    }

    @Test
    void aConsultationAnsweredOnTimeIsInTheLedgerSectionsOfItsRowsNeverInTheAnnexTable() {
        on("CITES", sharks("CITES-CONS-2024-0001", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 5, 1)));
        on("CMS", new ConsultationCommentSubmitted("CMS-RE-CITES-CONS-2024-0001", "CITES-CONS-2024-0001",
                Secretariat.CMS, CommentPosition.SUPPORT, "Supported", DocumentReference.of("CoP20 Doc. 105.3"),
                LocalDate.of(2024, 4, 20)));

        Report r = build();

        Report.LedgerRow c = ledgerRow(r, "C: C1–C5");
        assertThat(c.entries()).singleElement().satisfies(e -> {
            assertThat(e.by()).isEqualTo("Joint");
            assertThat(e.text()).contains("CITES asked CMS to comment on CITES CoP20 Prop. 12")
                    .contains("CMS commented (support) on 2024-04-20, on time");
            assertThat(e.documentRefs()).containsExactly("CoP20 Doc. 105.3");
        });
        assertThat(c.summary()).isEqualTo("CITES requested comments from CMS on 1 proposal (CITES CoP20); CMS "
                + "commented on 1 (1 on time, 0 late).");
        assertThat(ledgerRow(r, "B: B18–B19").entries()).hasSize(1);
        assertThat(r.themes().stream().flatMap(t -> t.rows().stream())).allMatch(row -> row.results().isEmpty());
        assertThat(r.sharedSpecies().stream().filter(s -> s.group().equals("Sharks and rays")).findFirst()
                .orElseThrow().items()).hasSize(1);
    }

    @Test
    void valuesTheirRecordersAssumedArePrintedMarkedAndNoTimingRestsOnThem() {
        events.add(new LedgerEvent("CITES", 1, Instant.parse("2026-01-01T00:00:00Z"), sharks("CITES-CONS-2024-0001",
                LocalDate.of(2024, 3, 1), LocalDate.of(2024, 5, 1)), Assumed.of(List.of("actedOn", "dueDate"))));
        events.add(new LedgerEvent("CMS", 1, Instant.parse("2026-01-01T00:00:01Z"), new ConsultationCommentSubmitted(
                "CMS-RE-CITES-CONS-2024-0001", "CITES-CONS-2024-0001", Secretariat.CMS, null, "Commented",
                null, LocalDate.of(2024, 4, 20)), Assumed.of(List.of("actedOn"))));
        events.add(new LedgerEvent("CITES", 2, Instant.parse("2026-01-01T00:00:02Z"), new ActivityResultRecorded(
                "CITES-RES-2024-0001", Secretariat.CITES, "2021-2025", List.of(ActivityCode.of("C1")), 2024,
                "Met.", List.of(), List.of(), false, LocalDate.of(2024, 12, 15)),
                Assumed.of(List.of("year", "actedOn"))));

        Report r = build();

        Report.LedgerRow c = ledgerRow(r, "C: C1–C5");
        assertThat(c.entries()).extracting(Report.Entry::date)
                .containsExactly("2024-03-01 (date assumed)", "2024-12-15 (date assumed)");
        assertThat(c.entries().get(0).text()).contains("CMS commented (position not stated) on 2024-04-20 (date "
                + "assumed), on time by the dates assumed.");
        assertThat(c.entries().get(1).text()).startsWith("Result passage for 2024 (year assumed) (C1)");
        assertThat(c.summary()).isEqualTo("CITES requested comments from CMS on 1 proposal (CITES CoP20); CMS "
                + "commented on 1 (dates assumed).");
    }

    @Test
    void anUnansweredConsultationIsOpenAndOverdueAtThePeriodsEnd() {
        on("CITES", sharks("CITES-CONS-2024-0002", LocalDate.of(2024, 9, 1), LocalDate.of(2024, 10, 1)));
        on("CITES", sharks("CITES-CONS-2024-0003", LocalDate.of(2024, 12, 1), LocalDate.of(2025, 2, 1)));

        Report r = build();

        assertThat(r.openAtPeriodEnd()).extracting(Report.OpenItem::id, Report.OpenItem::overdue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CITES-CONS-2024-0002", true),
                        org.assertj.core.groups.Tuple.tuple("CITES-CONS-2024-0003", false));
        assertThat(ledgerRow(r, "C: C1–C5").entries().get(0).by()).as("only CITES acted").isEqualTo("CITES");
    }

    @Test
    void laterEventsDoNotChangeTheStateAtThePeriodsEnd() {
        on("CMS", new StaffLoanProposed("CMS-LOAN-2024-0001", Secretariat.CMS, Secretariat.CITES, "Officer",
                "COP support", LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 20), "2021-2025",
                List.of(ActivityCode.of("D3")), LocalDate.of(2024, 11, 1), null));
        on("CITES", new StaffLoanAgreed("CITES-RE-CMS-LOAN-2024-0001", "CMS-LOAN-2024-0001", Secretariat.CITES,
                null, LocalDate.of(2025, 1, 10)));

        Report r = build();

        assertThat(r.openAtPeriodEnd()).singleElement().satisfies(o -> assertThat(o.status()).isEqualTo("PROPOSED"));
        assertThat(ledgerRow(r, "D: D3").entries().get(0).text()).contains("Awaiting CITES's agreement");
    }

    @Test
    void aPassageOnSeveralActivitiesOfARowStandsOnceInItsResultsCellInTheOrderActedOn() {
        on("CMS", result("CMS-RES-2024-0002", LocalDate.of(2024, 9, 1), "Second, though recorded first.", "B15",
                "B16"));
        on("CITES", result("CITES-RES-2024-0001", LocalDate.of(2024, 3, 1), "First: *Saiga tatarica* range "
                + "States met.", "B16"));

        Report r = build();

        Report.RowSection saiga = r.themes().get(1).rows().stream()
                .filter(row -> "Saiga antelope".equals(row.heading())).findFirst().orElseThrow();
        assertThat(saiga.results()).extracting(Report.Passage::text)
                .containsExactly("First: *Saiga tatarica* range States met.", "Second, though recorded first.");
        assertThat(ledgerRow(r, "B: B15–B16").entries()).extracting(Report.Entry::id)
                .containsExactly("CITES-RES-2024-0001", "CMS-RES-2024-0002");
    }

    @Test
    void aPassageOnActivitiesOfTwoRowsStandsInEachRow() {
        on("CITES", result("CITES-RES-2024-0003", LocalDate.of(2024, 5, 1), "Elephants and vultures.", "B4",
                "B5"));

        Report r = build();

        assertThat(r.themes().get(1).rows().stream().filter(row -> !row.results().isEmpty())
                .map(Report.RowSection::heading)).containsExactly("Elephants", "African-Eurasian vultures");
    }

    @Test
    void aCorrectedResultReadsAsCorrectedAndAWithdrawnOneIsGone() {
        on("CITES", result("CITES-RES-2024-0001", LocalDate.of(2024, 3, 1), "Frist wording.", "B15"));
        on("CITES", result("CITES-RES-2024-0002", LocalDate.of(2024, 4, 1), "Recorded twice.", "B15"));
        on("CITES", new org.jwp.ledger.events.progress.ActivityResultCorrected("CITES-RES-2024-0001",
                List.of(ActivityCode.of("B15"), ActivityCode.of("B16")), null, "First wording.", null, null, null,
                "Typo.", LocalDate.of(2026, 11, 20)));
        on("CITES", new org.jwp.ledger.events.progress.ActivityResultWithdrawn("CITES-RES-2024-0002",
                "Recorded twice.", LocalDate.of(2026, 11, 20)));

        Report r = build();

        Report.RowSection saiga = r.themes().get(1).rows().stream()
                .filter(row -> "Saiga antelope".equals(row.heading())).findFirst().orElseThrow();
        assertThat(saiga.results()).extracting(Report.Passage::text).containsExactly("First wording.");
        assertThat(ledgerRow(r, "B: B15–B16").entries()).singleElement()
                .satisfies(e -> assertThat(e.text()).contains("(B15, B16)", "Corrected on 2026-11-20: Typo."));
    }

    @Test
    void resultsOfOtherYearsAndProgrammesStayOutAndJointOnesAreCountedAsJoint() {
        on("CITES", result("CITES-RES-2024-0001", "D1", 2024, true));
        on("CMS", result("CMS-RES-2024-0001", "D1", 2024, false));
        on("CMS", result("CMS-RES-2023-0001", "D1", 2023, true));

        Report r = build();

        assertThat(ledgerRow(r, "D: D1").entries()).extracting(Report.Entry::id)
                .containsExactly("CITES-RES-2024-0001", "CMS-RES-2024-0001");
        Report.SummaryRow d = r.summary().stream().filter(s -> s.theme().startsWith("D.")).findFirst().orElseThrow();
        assertThat(d).isEqualTo(new Report.SummaryRow(d.theme(), 0, 1, 1, 2));
        assertThat(r.summary().get(r.summary().size() - 1).total()).isEqualTo(2);
    }

    @Test
    void theSameContentGivesTheSameDigestWhateverTheHeadsItWasReadAt() {
        on("CITES", result("CITES-RES-2024-0001", "E1", 2024, true));
        Report before = build();
        Report later = build(List.of(new Report.Head("CITES", 90, "cd".repeat(32)),
                new Report.Head("CMS", 12, "ef".repeat(32))));
        on("CMS", result("CMS-RES-2024-0002", "E1", 2024, false));
        Report changed = build();

        assertThat(later.contentSha256()).isEqualTo(before.contentSha256()).hasSize(64);
        assertThat(changed.contentSha256()).isNotEqualTo(before.contentSha256());
        assertThat(before.contentSha256()).isEqualTo(ReportJson.digest(before));
    }

    @Test
    void theSameEventsGiveTheSameBytesInEveryFormat() {
        on("CITES", result("CITES-RES-2024-0001", "E1", 2024, true));
        Report a = build();
        Report b = build();

        assertThat(ReportMarkdown.render(a)).isEqualTo(ReportMarkdown.render(b));
        assertThat(ReportHtml.render(a)).isEqualTo(ReportHtml.render(b));
        assertThat(ReportDocx.render(a)).isEqualTo(ReportDocx.render(b));
        assertThat(new String(ReportMarkdown.render(a), StandardCharsets.UTF_8)).contains(a.contentSha256())
                .contains("CITES sequence 4");
    }

    @Test
    void italicMarkupIsRenderedAndOtherTextIsEscapedInHtmlAndMarkdown() {
        on("CITES", new ActivityResultRecorded("CITES-RES-2024-0009", Secretariat.CITES, "2021-2025",
                List.of(ActivityCode.of("E2")), 2024, "<script>alert('x')</script> | *Gyps africanus* [x](y)",
                List.of(), List.of(), true, LocalDate.of(2024, 6, 1)));

        Report r = build();

        assertThat(new String(ReportHtml.render(r), StandardCharsets.UTF_8)).doesNotContain("<script>")
                .contains("&lt;script&gt;").contains("<em>Gyps africanus</em>");
        assertThat(new String(ReportMarkdown.render(r), StandardCharsets.UTF_8)).doesNotContain("<script>")
                .contains("\\| *Gyps africanus* \\[x\\](y)");
    }

    private static ActivityResultRecorded result(String id, String code, int year, boolean joint) {
        return new ActivityResultRecorded(id, Secretariat.ownerOf(id), "2021-2025", List.of(ActivityCode.of(code)),
                year, "Result " + id, List.of(), List.of(), joint, LocalDate.of(year, 6, 1));
    }

    private static ActivityResultRecorded result(String id, LocalDate on, String text, String... codes) {
        return new ActivityResultRecorded(id, Secretariat.ownerOf(id), "2021-2025",
                java.util.Arrays.stream(codes).map(ActivityCode::of).toList(), on.getYear(), text, List.of(),
                List.of(), true, on);
    }

    private static Report.LedgerRow ledgerRow(Report r, String activities) {
        return r.ledger().stream().filter(row -> row.activities().equals(activities)).findFirst().orElseThrow(
                () -> new AssertionError("no ledger row " + activities + " in " + r.ledger().stream()
                        .map(Report.LedgerRow::activities).toList()));
    }
}
