package org.jwp.ledger.node.ui;

import org.jwp.ledger.events.catalogue.ProgrammeCatalogue;
import org.jwp.ledger.node.web.ActedOn;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.List;
import java.util.stream.IntStream;

/** Choose a year or a programme; the report itself comes from the reports API, viewed or downloaded. */
@Controller
class ReportsPage {

    private final ActedOn dates;

    ReportsPage(ActedOn dates) {
        this.dates = dates;
    }

    @GetMapping("/reports")
    String reports(Model model) {
        var programmes = ProgrammeCatalogue.standard().programmes();
        int first = programmes.stream().mapToInt(p -> p.firstYear()).min().orElseThrow();
        int last = Math.min(dates.today().getYear(), programmes.stream().mapToInt(p -> p.lastYear()).max()
                .orElseThrow());
        List<Integer> years = IntStream.rangeClosed(first, last).boxed().sorted((a, b) -> b - a).toList();
        model.addAttribute("years", years);
        model.addAttribute("programmes", programmes);
        return "reports";
    }
}
