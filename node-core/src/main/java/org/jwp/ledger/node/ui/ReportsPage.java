package org.jwp.ledger.node.ui;

import org.jwp.ledger.events.catalogue.Programme;
import org.jwp.ledger.events.catalogue.ProgrammeCatalogue;
import org.jwp.ledger.node.web.ActedOn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Choose a year or a programme; the report itself comes from the reports API, viewed or downloaded. Every year from
 * the first programme's start is listed, up to the current year or the last year something was recorded as done in,
 * whichever is later, each with the programme it reports on.
 */
@Controller
class ReportsPage {

    private static final ProgrammeCatalogue CATALOGUE = ProgrammeCatalogue.standard();

    private final ActedOn dates;
    private final JdbcTemplate jdbc;

    ReportsPage(ActedOn dates, JdbcTemplate jdbc) {
        this.dates = dates;
        this.jdbc = jdbc;
    }

    record Year(int year, Programme programme) {
    }

    @GetMapping("/reports")
    String reports(Model model) {
        List<Programme> programmes = CATALOGUE.programmes();
        int first = programmes.stream().mapToInt(Programme::firstYear).min().orElseThrow();
        Integer lastActed = jdbc.queryForObject(
                "select extract(year from max(acted_on))::int from domain_event_entry", Integer.class);
        int last = Math.max(dates.today().getYear(), lastActed == null ? first : lastActed);
        List<Year> years = IntStream.rangeClosed(first, last).boxed().sorted((a, b) -> b - a)
                .map(y -> new Year(y, CATALOGUE.forYear(y))).toList();
        model.addAttribute("years", years);
        model.addAttribute("programmes", programmes);
        return "reports";
    }
}
