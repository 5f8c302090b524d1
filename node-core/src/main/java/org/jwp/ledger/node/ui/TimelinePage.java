package org.jwp.ledger.node.ui;

import org.jwp.ledger.events.EventContracts;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.node.request.Checks;
import org.springframework.format.annotation.DateTimeFormat;
import org.jwp.ledger.events.catalogue.ProgrammeCatalogue;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.util.List;

/** The ledger timeline: every event of both origins, filtered and paged. */
@Controller
class TimelinePage {

    static final List<String> TYPES = EventContracts.ALL.stream().map(Class::getSimpleName).sorted().toList();

    private final Timeline timeline;

    TimelinePage(Timeline timeline) {
        this.timeline = timeline;
    }

    @GetMapping("/ledger")
    String ledger(@RequestParam(required = false) Secretariat origin, @RequestParam(required = false) String type,
                  @RequestParam(required = false) String activity, @RequestParam(required = false) String programme,
                  @RequestParam(required = false) String species,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                  @RequestParam(defaultValue = "0") int page, Model model) {
        type = blankToNull(type);
        // "b21", " C3 " and "2015-2020 C3" are understood: codes in any case, with their programme if given.
        activity = blankToNull(activity);
        if (activity != null && activity.matches("\\d{4}-\\d{4}\\s+\\S+")) {
            programme = activity.substring(0, 9);
            activity = activity.substring(9).strip();
        }
        activity = activity == null ? null : activity.toUpperCase(java.util.Locale.ROOT);
        programme = blankToNull(programme);
        species = blankToNull(species);
        new Checks().check(type == null || TYPES.contains(type), "type", "must be one of " + TYPES)
                .check(activity == null || activity.matches("[A-E][1-9][0-9]?"), "activity",
                        "must be an activity code such as C3")
                .check(programme == null || ProgrammeCatalogue.standard().programme(programme).isPresent(),
                        "programme", "must be a programme such as 2021-2025")
                .check(species == null || species.length() <= 100, "species", "must be at most 100 characters")
                .check(page >= 0 && page <= 100_000, "page", "must be between 0 and 100000")
                .orThrow();
        Timeline.Filter filter = new Timeline.Filter(origin == null ? null : origin.name(), type, activity,
                programme, species, from, to);
        model.addAttribute("filter", filter);
        model.addAttribute("types", TYPES);
        model.addAttribute("result", timeline.page(filter, page));
        return "ledger";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
