package org.jwp.ledger.node.report;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class ChartTest {

    private static final Pattern NUMBER_LABEL = Pattern.compile("<text x=\"\\d+\" y=\"(\\d+)\" text-anchor=\"middle\" "
            + "font-size=\"11\">(\\d+)</text>");

    @Test
    void theNumberOverTheTallestBarIsDrawnInsideTheImage() {
        String svg = Chart.svg(List.of(new Report.SummaryRow("A. Harmonization", 1, 2, 0, 3),
                new Report.SummaryRow("B. Shared species", 4, 6, 2, 12)));

        Matcher label = NUMBER_LABEL.matcher(svg);
        int lowestTop = Integer.MAX_VALUE;
        while (label.find()) {
            lowestTop = Math.min(lowestTop, Integer.parseInt(label.group(1)));
        }
        assertThat(lowestTop).as("the baseline of the tallest bar's number, below the 11 px of its height")
                .isGreaterThanOrEqualTo(12).isLessThan(Integer.MAX_VALUE);
    }
}
