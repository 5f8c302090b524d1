package org.jwp.ledger.node.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.jwp.ledger.events.catalogue.Activity;
import org.jwp.ledger.events.catalogue.Programme;
import org.jwp.ledger.events.catalogue.ProgrammeCatalogue;
import org.jwp.ledger.events.catalogue.Theme;
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

/** The report from the demo history on two replicating nodes: identical bytes, every activity, Word, as-of. */
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
            for (String format : List.of("md", "json", "html")) {
                byte[] cites = get(pair.cites().baseUrl() + path + "?format=" + format, null).body();
                byte[] cms = get(pair.cms().baseUrl() + path + "?format=" + format, null).body();
                assertThat(cms).as(path + " " + format).isEqualTo(cites);
            }
        }
        JsonNode report = json("/api/reports/annual/2024");
        assertThat(report.get("heads").findValuesAsText("origin")).containsExactly("CITES", "CMS");
        assertThat(report.get("heads").findValuesAsText("hash")).allMatch(h -> h.length() == 64);
        assertThat(report.get("sha256").asText()).hasSize(64);
    }

    @Test
    void theProgrammeReportFromTheDemoHistoryListsEveryActivityOfTheAnnexUnderItsTheme() throws Exception {
        Programme p = ProgrammeCatalogue.standard().programme("2015-2020").orElseThrow();
        String md = new String(get(pair.cites().baseUrl() + "/api/reports/programme/2015-2020?format=md", null)
                .body(), java.nio.charset.StandardCharsets.UTF_8);

        List<Theme> themes = p.themes();
        for (int t = 0; t < themes.size(); t++) {
            int from = md.indexOf("\n## " + themes.get(t).code() + ". ");
            int to = t + 1 < themes.size() ? md.indexOf("\n## " + themes.get(t + 1).code() + ". ")
                    : md.indexOf("\n## Shared species");
            assertThat(from).as("theme " + themes.get(t).code()).isPositive().isLessThan(to);
            String section = md.substring(from, to);
            for (Activity a : themes.get(t).activities()) {
                assertThat(section).as(a.code() + " under theme " + themes.get(t).code())
                        .contains("\n### " + a.code() + ". ");
            }
        }
        JsonNode report = json("/api/reports/programme/2015-2020");
        long withResults = 0;
        for (JsonNode theme : report.get("themes")) {
            for (JsonNode a : theme.get("activities")) {
                withResults += a.get("results").isEmpty() ? 0 : 1;
            }
        }
        assertThat(withResults).as("activities with recorded results in the demo annex").isGreaterThanOrEqualTo(25);
        assertThat(md).contains("Joint CITES/CMS Programme Officer").contains("CoP17 Doc. 88.3 (Rev.), Annex 4");
    }

    @Test
    void theWordDocumentOpensAndHoldsTheSameActivityRows() throws Exception {
        HttpResponse<byte[]> docx = get(pair.cms().baseUrl() + "/api/reports/programme/2015-2020", ReportController.DOCX);
        assertThat(docx.headers().firstValue("Content-Type").orElseThrow()).startsWith(ReportController.DOCX);

        List<String> rows = new ArrayList<>();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
            for (XWPFTable table : doc.getTables()) {
                if (table.getRow(0).getCell(0).getText().equals("Description of joint activities")) {
                    table.getRows().stream().skip(1).forEach(r -> rows.add(r.getCell(0).getText()));
                }
            }
            assertThat(doc.getAllPictures()).as("the chart").hasSize(1);
        }
        List<String> expected = new ArrayList<>();
        for (JsonNode theme : json("/api/reports/programme/2015-2020").get("themes")) {
            theme.get("activities").forEach(a -> expected.add(a.get("code").asText() + ". " + a.get("title").asText()));
        }
        assertThat(rows).containsExactlyElementsOf(expected);
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
        ObjectMapper events = org.jwp.ledger.events.EventJson.mapper();
        for (String origin : List.of("CITES", "CMS")) {
            pair.cites().bean(org.jwp.ledger.node.ledger.LedgerStore.class).forEach(origin, e -> {
                try {
                    all.add(new LedgerEvent(e.origin(), e.sequence(), java.time.Instant.parse(e.timestamp()),
                            events.readValue(e.payload(), org.jwp.ledger.events.EventContracts
                                    .byTypeName(e.payloadType()).orElseThrow())));
                } catch (IOException ex) {
                    throw new java.io.UncheckedIOException(ex);
                }
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
            Report whole = ReportBuilder.build(served.get("title").asText(), p, java.time.LocalDate.of(year, 1, 1),
                    java.time.LocalDate.of(year, 12, 31), null, all, heads);
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
        assertThat(get(pair.cites().baseUrl() + "/api/reports/annual/2024?format=pdf", null).statusCode())
                .isEqualTo(400);
        assertThat(get(pair.cites().baseUrl() + "/api/reports/annual/2010", null).statusCode()).isEqualTo(400);
        assertThat(get(pair.cites().baseUrl() + "/api/reports/programme/2012-2014", null).statusCode())
                .isEqualTo(400);
    }

    private static int count(JsonNode report) {
        int n = 0;
        for (JsonNode theme : report.get("themes")) {
            for (JsonNode a : theme.get("activities")) {
                n += a.get("results").size();
            }
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
