package org.jwp.ledger.node.report;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The content digest is streamed from the record; anyone recomputes it from the JSON with an RFC 8785 library
 * ({@link ReportJson#digestOfJson}, over erdtman's canonicaliser). The two must agree on every character.
 */
class ReportJsonTest {

    private static Report report(String text, List<Report.Attestation> attestation, String reference) {
        Report.Entry entry = new Report.Entry("2024-03-01", "RESULT", "CITES-RES-2024-0001", "Joint", text,
                List.of("SC78 Doc. 12", text));
        return new Report("Implementation in 2024 — " + text, reference, "2021-2025", "Programme", "Document",
                "2024-01-01", "2024-12-31", List.of(text, "- *Saiga* spp."),
                List.of(new Report.ThemeSection("A", "Theme", List.of(text), List.of(new Report.RowSection(
                        "Heading", List.of("A1 " + text), List.of(new Report.Passage("id", text)))))),
                List.of(new Report.LedgerRow("A: A1", "Heading", null, List.of(entry))),
                List.of(new Report.SpeciesSection("Saiga", List.of("Saiga tatarica"), List.of(entry))),
                List.of(new Report.OpenItem("CITES-CONS-0001", "CONSULTATION", "CITES", "CMS", text, "REQUESTED",
                        null, true)),
                List.of(new Report.SummaryRow("Total", 1, 0, 9_007_199_254_740_991L, Long.MIN_VALUE / 2048)),
                "2024-12-31T00:00:00Z", List.of(new Report.Head("CITES", 7, "ab".repeat(32))), null, attestation);
    }

    private static void assertAgrees(Report report) {
        assertThat(ReportJson.digest(report)).hasSize(64)
                .isEqualTo(ReportJson.digestOfJson(ReportJson.render(report)));
    }

    @Test
    void theStreamedDigestEqualsTheCanonicalisersOnPlainText() {
        assertAgrees(report("Trade data exchanged for the joint analysis.", null, null));
    }

    @Test
    void theStreamedDigestEqualsTheCanonicalisersOnEveryKindOfCharacter() {
        StringBuilder controls = new StringBuilder();
        for (char c = 0; c < 0x20; c++) {
            controls.append(c);
        }
        String text = controls + " \" \\ / \u007f é ü — « » \u2028 \u2029 \ufeff 象 🐘 <b>&amp;</b> ' `";
        assertAgrees(report(text, null, "SC78 Doc. 12 – Annex 1"));
    }

    @Test
    void whatIsNotContentChangesNeitherDigest() {
        Report plain = report("Passage.", null, null);
        Report attested = report("Passage.", List.of(new Report.Attestation("CMS", "officer", "2025-01-01T00:00:00Z",
                "event", "CMS", 3, "cd".repeat(32), 4, "ef".repeat(32), "2025-01-01T00:00:01Z", "key", "sig")),
                "SC79 Doc. 1");

        assertThat(ReportJson.digest(attested)).isEqualTo(ReportJson.digest(plain));
        assertAgrees(attested);
    }

    @Test
    void anyChangeOfContentChangesTheDigest() {
        assertThat(ReportJson.digest(report("Passage.", null, null)))
                .isNotEqualTo(ReportJson.digest(report("Passage!", null, null)));
    }
}
