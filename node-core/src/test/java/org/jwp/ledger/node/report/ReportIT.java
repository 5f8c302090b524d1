package org.jwp.ledger.node.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.jwp.ledger.events.catalogue.Programme;
import org.jwp.ledger.events.catalogue.ProgrammeCatalogue;
import org.jwp.ledger.node.demo.DemoHistory;
import org.jwp.ledger.node.support.Http;
import org.jwp.ledger.node.support.NodePair;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report from the demo history on two replicating nodes: Annex 1 word for word in its rows, Annex 2's texts,
 * identical bytes on both nodes, Word, as-of.
 */
class ReportIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static NodePair pair;

    @BeforeAll
    static void theDemoHistoryOnBothNodes() {
        pair = NodePair.start("--spring.profiles.active=demo"); // the demo history signs in as the demo recorder
        DemoHistory.loadInto(pair.cites().baseUrl(), pair.cms().baseUrl());
        pair.awaitConverged();
    }

    @AfterAll
    static void stop() {
        pair.close();
    }

    @Test
    void bothNodesGiveByteIdenticalReportsWithTheSameHeads() throws Exception {
        for (String path : List.of("/api/reports/annual/2024", "/api/reports/programme/2015-2020",
                "/api/reports/programme/2021-2025")) {
            for (String format : List.of("md", "json", "html", "docx")) {
                byte[] cites = get(pair.cites().baseUrl() + path + "?format=" + format, null).body();
                byte[] cms = get(pair.cms().baseUrl() + path + "?format=" + format, null).body();
                assertThat(cms).as(path + " " + format).isEqualTo(cites);
            }
        }
        JsonNode report = json("/api/reports/annual/2024");
        assertThat(report.get("heads").findValuesAsText("origin")).containsExactly("CITES", "CMS");
        assertThat(report.get("heads").findValuesAsText("hash")).allMatch(h -> h.length() == 64);
        assertThat(report.get("contentSha256").asText()).hasSize(64);
    }

    @Test
    void theProgrammeReportReproducesEveryParagraphOfAnnex1WordForWordInItsRow() throws Exception {
        List<AnnexFixture.AnnexRow> annex = AnnexFixture.annex1();
        assertThat(annex).as("rows of Annex 1").hasSize(16);
        assertThat(annex.stream().mapToInt(r -> r.results().size()).sum()).as("results paragraphs").isEqualTo(43);
        List<JsonNode> rows = new ArrayList<>();
        json("/api/reports/programme/2015-2020").get("themes").forEach(t -> t.get("rows").forEach(rows::add));
        assertThat(rows).as("one report row per annex row").hasSize(annex.size());

        for (int i = 0; i < annex.size(); i++) {
            AnnexFixture.AnnexRow expected = annex.get(i);
            JsonNode row = rows.get(i);
            StringBuilder left = new StringBuilder(row.path("heading").asText(""));
            row.get("activities").forEach(a -> left.append(' ').append(a.asText()));
            assertThat(AnnexFixture.normal(left.toString())).as("description of annex row " + (i + 1))
                    .isEqualTo(AnnexFixture.normal(String.join(" ", expected.description())));
            List<String> results = new ArrayList<>();
            row.get("results").forEach(r -> results.add(AnnexFixture.normal(r.get("text").asText())));
            assertThat(results).as("results of annex row " + (i + 1) + ", and nothing else")
                    .containsExactlyElementsOf(expected.results().stream().map(AnnexFixture::normal).toList());
        }
    }

    @Test
    void theProgrammeReportOf2021To2025HoldsEveryActivityIntroductionAndSpeciesLineOfAnnex2() throws Exception {
        AnnexFixture.Annex2 annex = AnnexFixture.annex2();
        assertThat(annex.activities()).hasSizeGreaterThanOrEqualTo(37);
        assertThat(annex.speciesLines()).hasSize(10);
        JsonNode report = json("/api/reports/programme/2021-2025");
        StringBuilder written = new StringBuilder();
        report.get("introduction").forEach(p -> written.append(p.asText()).append('\n'));
        for (JsonNode theme : report.get("themes")) {
            theme.get("introduction").forEach(p -> written.append(p.asText()).append('\n'));
            theme.get("rows").forEach(r -> {
                written.append(r.path("heading").asText("")).append('\n');
                r.get("activities").forEach(a -> written.append(a.asText()).append('\n'));
            });
        }
        String text = AnnexFixture.normal(written.toString());
        for (String paragraph : annex.introductions()) {
            assertThat(text).contains(AnnexFixture.normal(paragraph));
        }
        for (String line : annex.speciesLines()) {
            assertThat(text).contains(AnnexFixture.normal(line));
        }
        for (String activity : annex.activities()) {
            assertThat(text).contains(AnnexFixture.normal(activity));
        }
    }

    @Test
    void theAnnexTableHoldsOnlyPassagesAndTheLedgerSectionsTheRest() throws Exception {
        String md = new String(get(pair.cites().baseUrl() + "/api/reports/programme/2015-2020?format=md", null)
                .body(), java.nio.charset.StandardCharsets.UTF_8);
        int ledger = md.indexOf("\n## From the ledger");
        assertThat(ledger).isPositive();
        String annexPart = md.substring(0, ledger);
        assertThat(annexPart).doesNotContain("CITES-CONS-", "CMS-LOAN-", "CITES-RES-", "CMS-RES-", "Joint ·");
        assertThat(md.substring(ledger)).contains("CITES-CONS-2016-0001", "CMS-LOAN-2016-0001",
                "CoP17 Doc. 88.3 (Rev.), Annex 4");
        assertThat(annexPart).contains("German government agreed to fund a CITES/CMS joint Programme Officer");
    }

    @Test
    void theWordDocumentHoldsTheAnnexRowsUnderARepeatedHeaderInNamedStyles() throws Exception {
        HttpResponse<byte[]> docx = get(pair.cms().baseUrl() + "/api/reports/programme/2015-2020", ReportFormats.DOCX);
        assertThat(docx.headers().firstValue("Content-Type").orElseThrow()).startsWith(ReportFormats.DOCX);

        List<String> rows = new ArrayList<>();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
            for (XWPFTable table : doc.getTables()) {
                if (table.getRow(0).getCell(0).getText().equals("Description of joint activities")) {
                    assertThat(table.getRow(0).isRepeatHeader()).as("header row repeated on every page").isTrue();
                    assertThat(table.getStyleID()).isEqualTo("AnnexTable");
                    table.getRows().stream().skip(1).forEach(r -> rows.add(AnnexFixture.normal(r.getCell(1)
                            .getText())));
                }
            }
            assertThat(doc.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
            assertThat(doc.getParagraphs()).filteredOn(p -> "Heading1".equals(p.getStyle())).hasSizeGreaterThan(4);
            assertThat(doc.getAllPictures()).as("the chart").hasSize(1);
        }
        assertThat(rows).hasSize(16);
        assertThat(rows.get(0)).startsWith("The Species+ website");
    }

    /**
     * LibreOffice (Debian's libreoffice-writer-nogui, installed by ./ledger test) lays the Word file out as Word
     * would: every page carries the document reference, and the annex tables' header row is printed again on the
     * pages a table continues on.
     */
    @Test
    void theWordDocumentConvertsToPdfWithLibreOfficeWithTheReferenceOnEveryPageAndTheHeaderRepeated()
            throws Exception {
        String reference = "SC73 Doc. 13 – Annex 1";
        byte[] docx = get(pair.cites().baseUrl() + "/api/reports/programme/2015-2020?format=docx&reference="
                + java.net.URLEncoder.encode(reference, java.nio.charset.StandardCharsets.UTF_8), null).body();
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("word-report");
        java.nio.file.Path file = dir.resolve("annex.docx");
        java.nio.file.Files.write(file, docx);

        List<String> pages = WordToPdf.pages(file);

        assertThat(pages).hasSizeGreaterThan(4);
        assertThat(pages).allMatch(page -> page.contains(reference), "the reference in every page's header");
        int annexPages = 0;
        int withHeader = 0;
        for (String page : pages) {
            if (page.contains("From the ledger")) {
                break;
            }
            annexPages++;
            withHeader += page.contains("Description of joint activities") ? 1 : 0;
        }
        assertThat(withHeader).as("the table header on each of the annex's %d pages", annexPages)
                .isEqualTo(annexPages);
        assertThat(pages.get(0)).contains("IMPLEMENTATION OF THE CMS CITES JOINT WORK PROGRAMME 2015-2020");
        assertThat(String.join("\n", pages)).contains("Species+ website");
    }

    @Test
    void theReportsPageListsEveryYearUpToTheCurrentOneWithTheProgrammeItReportsOn() {
        String page = pair.cites().http("auditor").get("/reports").body();
        int thisYear = java.time.LocalDate.now().getYear();

        for (int year = 2015; year <= thisYear; year++) {
            assertThat(page).as("year " + year).contains("id=\"year-" + year + "\"");
        }
        assertThat(page).contains("CMS-CITES Joint Work Programme 2015-2020",
                        "CMS-CITES Joint Work Programme 2021-2025")
                .contains("/api/reports/programme/2015-2020", "/api/reports/programme/2021-2025");
    }

    @Test
    void theSameContentKeepsItsDigestWhenUnrelatedEventsArrive() throws Exception {
        JsonNode before = json("/api/reports/programme/2015-2020");
        Http.Response recorded = pair.cites().http("recorder").post("/api/activities/D1/results", "{\"programme\":"
                + "\"2021-2025\",\"year\":2026,\"text\":\"Annual coordination meeting held.\",\"joint\":true}");
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        pair.awaitConverged();

        JsonNode after = json("/api/reports/programme/2015-2020");

        assertThat(after.get("heads")).as("the ledger moved on").isNotEqualTo(before.get("heads"));
        assertThat(after.get("contentSha256")).isEqualTo(before.get("contentSha256"));
        HttpResponse<byte[]> served = get(pair.cms().baseUrl() + "/api/reports/programme/2015-2020?format=md", null);
        assertThat(served.headers().firstValue("X-Report-Content-SHA256")).contains(before.get("contentSha256")
                .asText());
    }

    @Test
    void aReportAsOfAnEarlierInstantOmitsLaterEvents() throws Exception {
        JsonNode now = json("/api/reports/annual/2024");
        String firstOf2024 = pair.cites().http("auditor").get("/api/commitments/CITES-REP-2024-0001").json()
                .get("history").get(0).get("time").asText();

        JsonNode before = json("/api/reports/annual/2024?asOf=" + java.time.Instant.parse(firstOf2024)
                .minusMillis(1));

        assertThat(before.get("asOf").asText()).isNotBlank();
        assertThat(count(before)).isLessThan(count(now));
        assertThat(before.toString()).doesNotContain("CITES-REP-2024-0001");
        assertThat(now.toString()).contains("CITES-REP-2024-0001");
        for (int i = 0; i < 2; i++) {
            assertThat(before.get("heads").get(i).get("sequence").asLong())
                    .isLessThanOrEqualTo(now.get("heads").get(i).get("sequence").asLong());
        }
    }

    @Test
    void readingOnlyThePeriodGivesTheReportTheWholeHistoryGives() throws Exception {
        List<LedgerEvent> all = new ArrayList<>();
        for (String origin : List.of("CITES", "CMS")) {
            pair.cites().bean(org.jwp.ledger.node.ledger.LedgerStore.class).forEach(origin, e -> {
                all.add(new LedgerEvent(e.origin(), e.sequence(), java.time.Instant.parse(e.timestamp()),
                        org.jwp.ledger.events.EventContracts.read(e.payloadType(), e.payloadRevision(),
                                e.payload()), org.jwp.ledger.node.ledger.RecordingMetadata.assumed(e.metadata())));
            });
        }
        all.sort(java.util.Comparator.comparing(LedgerEvent::time).thenComparing(LedgerEvent::origin)
                .thenComparingLong(LedgerEvent::sequence));
        for (int year : List.of(2016, 2019, 2024, 2026)) {
            JsonNode served = json("/api/reports/annual/" + year);
            Programme p = ProgrammeCatalogue.standard().forYear(year);
            List<Report.Head> heads = new ArrayList<>();
            served.get("heads").forEach(h -> heads.add(new Report.Head(h.get("origin").asText(),
                    h.get("sequence").asLong(), h.get("hash").asText())));
            Report whole = ReportBuilder.build(new ReportBuilder.Scope(served.get("title").asText(), null, p,
                    java.time.LocalDate.of(year, 1, 1), java.time.LocalDate.of(year, 12, 31), null), all, heads);
            assertThat(served).as("annual " + year).isEqualTo(new ObjectMapper().readTree(ReportJson.render(whole)));
        }
        assertThat(json("/api/reports/annual/2026").get("openAtPeriodEnd").findValuesAsText("id"))
                .as("opened in 2025, untouched in 2026, still open").contains("CITES-CONS-2025-0001");
    }

    @Test
    void formatsFollowAcceptAndBadRequestsAreRefused() throws Exception {
        assertThat(get(pair.cites().baseUrl() + "/api/reports/annual/2024", "text/markdown").headers()
                .firstValue("Content-Type").orElseThrow()).startsWith("text/markdown");
        assertThat(get(pair.cites().baseUrl() + "/api/reports/annual/2024", "text/html").headers()
                .firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(get(pair.cites().baseUrl() + "/api/reports/annual/2024?format=rtf", null).statusCode())
                .isEqualTo(400);
        var pdf = get(pair.cites().baseUrl() + "/api/reports/annual/2024", "application/pdf");
        assertThat(pdf.statusCode()).as("made from the Word file by LibreOffice").isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(get(pair.cites().baseUrl() + "/api/reports/annual/2010", null).statusCode()).isEqualTo(400);
        assertThat(get(pair.cites().baseUrl() + "/api/reports/programme/2012-2014", null).statusCode())
                .isEqualTo(400);
    }

    private static int count(JsonNode report) {
        int n = 0;
        for (JsonNode row : report.get("ledger")) {
            n += row.get("entries").size();
        }
        return n;
    }

    private static JsonNode json(String path) throws IOException, InterruptedException {
        return new ObjectMapper().readTree(get(pair.cites().baseUrl() + path
                + (path.contains("?") ? "&" : "?") + "format=json", null).body());
    }

    private static HttpResponse<byte[]> get(String url, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", Http.basic("auditor", "auditor")); // the demo profile's auditor
        if (accept != null) {
            b.header("Accept", accept);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
