package org.jwp.ledger.node.ui;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportViewPageTest {

    @Test
    void resultsAndItemsTheReportNamesLinkToTheirPages() {
        assertThat(ReportViewPage.linked("<li>2025-03-01 CITES-RES-2025-0004 (Joint): text; CMS-LOAN-2024-0012</li>"))
                .isEqualTo("<li>2025-03-01 <a href=\"/results/CITES-RES-2025-0004\">CITES-RES-2025-0004</a> (Joint): "
                        + "text; <a href=\"/items/CMS-LOAN-2024-0012\">CMS-LOAN-2024-0012</a></li>");
        assertThat(ReportViewPage.linked("CITES-RE-CMS-LOAN-2024-0012x")).doesNotContain("<a");
    }
}
