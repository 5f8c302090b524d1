package org.jwp.ledger.node.demo;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.jwp.ledger.node.support.NodePair;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** The history ./ledger demo loads: cross-secretariat workflows completed across two replicating nodes. */
class DemoHistoryIT {

    private static NodePair pair;
    private static String console;

    @BeforeAll
    static void loadTheDemoHistory() {
        pair = NodePair.start("--spring.profiles.active=demo");
        java.io.ByteArrayOutputStream said = new java.io.ByteArrayOutputStream();
        DemoHistory.loadInto(pair.cites().baseUrl(), pair.cms().baseUrl(),
                new java.io.PrintStream(said, true, java.nio.charset.StandardCharsets.UTF_8));
        console = said.toString(java.nio.charset.StandardCharsets.UTF_8);
        pair.awaitConverged();
    }

    /** Issue 35, finding 8: the first load takes minutes on a small machine; the console says each step meanwhile. */
    @Test
    void theConsoleSaysEachStepAsItIsRecorded() {
        long events = 0;
        for (JsonNode head : pair.cites().http("auditor").get("/api/ledger/heads").json()) {
            events += head.get("sequence").asLong();
        }
        List<String> steps = console.lines().filter(l -> l.matches("  \\[\\d+] the (CITES|CMS) node: .+")).toList();
        assertThat(steps).as(console).hasSize((int) events);
        assertThat(steps.get(0)).startsWith("  [1] the C");
        assertThat(console).contains("The 2015-2020 implementation annex (SC73):",
                "asked for comments (", "commented", "agreed to the loan",
                "Demo history loaded: " + events + " steps in ");
    }

    @AfterAll
    static void stop() {
        pair.close();
    }

    @Test
    void bothNodesShowTheSameCommitmentsWithWorkflowsCompletedAcrossNodes() {
        JsonNode onCites = pair.cites().http("auditor").get("/api/commitments").json();
        JsonNode onCms = pair.cms().http("auditor").get("/api/commitments").json();
        assertThat(onCms).isEqualTo(onCites);

        Map<String, Long> byStatus = StreamSupport.stream(onCites.spliterator(), false)
                .collect(Collectors.groupingBy(c -> c.get("type").asText() + ":" + c.get("status").asText(),
                        Collectors.counting()));
        assertThat(byStatus).containsKeys("CONSULTATION:COMMENTED", "STAFF_LOAN:COMPLETED",
                "REPRESENTATION:ACKNOWLEDGED");
        assertThat(onCites.findValuesAsText("owner")).contains("CITES", "CMS");
    }

    @Test
    void someItemsAreStillOpenAndOverdue() {
        JsonNode overdue = pair.cites().http("auditor").get("/api/commitments?overdue=true").json();
        assertThat(overdue.findValuesAsText("type")).contains("CONSULTATION", "STAFF_LOAN", "REPRESENTATION");
    }

    @Test
    void theCmsStaffLentForCitesCoPsAreLoansAgreedByCitesAndTheFundedOfficerIsNoLoan() {
        JsonNode loan = pair.cms().http("auditor").get("/api/commitments/CMS-LOAN-2016-0001").json();
        List<String> history = StreamSupport.stream(loan.get("history").spliterator(), false)
                .map(h -> h.get("type").asText() + "@" + h.get("origin").asText()).toList();
        assertThat(loan.get("title").asText()).contains("CoP17");
        assertThat(pair.cites().http("auditor").get("/api/commitments").json().findValuesAsText("title"))
                .as("the Programme Officer was funded by a Party (C4), not lent by CMS")
                .noneMatch(t -> t.contains("Programme Officer lent by CMS"));
        assertThat(history).containsExactly("StaffLoanProposed@CMS", "StaffLoanAgreed@CITES",
                "StaffLoanStarted@CMS", "StaffLoanCompleted@CMS");
    }

    @Test
    void loadingAgainChangesNothing() {
        long before = pair.cites().eventCount();
        DemoHistory.main(new String[]{pair.cites().baseUrl(), pair.cms().baseUrl()});
        assertThat(pair.cites().eventCount()).isEqualTo(before);
    }

    @Test
    void theAnnexReportPrintsNoValueTheAnnexDoesNotStateWithoutMarkingItAssumed() {
        String report = pair.cites().http("auditor").get("/api/reports/programme/2015-2020?format=md").body();
        String ledger = report.substring(report.indexOf("## From the ledger"), report.indexOf("### Summary"));

        java.util.regex.Matcher date = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}(.{0,16})")
                .matcher(ledger);
        int dates = 0;
        while (date.find()) {
            dates++;
            assertThat(date.group(1)).as("the date at " + ledger.substring(Math.max(0, date.start() - 80),
                    date.end())).startsWith(" (date assumed)");
        }
        assertThat(dates).as("the ledger section's dates").isGreaterThan(60);
        java.util.regex.Matcher year = java.util.regex.Pattern.compile("Result passage for \\d{4}(.{0,16})")
                .matcher(ledger);
        int years = 0;
        while (year.find()) {
            years++;
            assertThat(year.group(1)).startsWith(" (year assumed)");
        }
        assertThat(years).isGreaterThan(40);
        assertThat(ledger).doesNotContain("(neutral)").contains("commented (position not stated)")
                .contains("Chondrichthyes (assumed)").contains("(dates assumed)")
                .doesNotContain("**Joint** · Result passage");
        assertThat(report).as("the annex part, word for word").contains("The Species+ website (www.speciesplus.net)");
    }

    @Test
    void thePagesMarkWhatTheDemoAssumed() {
        String item = pair.cms().http("auditor").get("/items/CITES-CONS-2016-0001").body();
        assertThat(item).contains("2016-03-10 (date assumed)").contains("Position not stated")
                .contains("its timing not known (dates assumed)");
        String result = pair.cites().http("auditor").get("/results/CITES-RES-2020-0001").body();
        assertThat(result).contains("2020 (year assumed)").contains("2020-07-31 (date assumed)")
                .contains("Not marked as joint");
        String timeline = pair.cites().http("auditor").get("/ledger?programme=2015-2020").body();
        assertThat(timeline).contains("(date assumed)");
    }
}
