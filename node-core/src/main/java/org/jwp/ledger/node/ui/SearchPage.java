package org.jwp.ledger.node.ui;

import org.jwp.ledger.node.search.SearchQueries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;

/** The search page: the box every page's header carries, and what it finds. */
@Controller
class SearchPage {

    private final SearchQueries queries;

    SearchPage(SearchQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, Model model) {
        String words = q == null ? "" : q.strip();
        if (words.length() > 200) {
            words = words.substring(0, 200);
        }
        model.addAttribute("q", words);
        model.addAttribute("hits", words.isEmpty() ? List.of() : queries.search(words));
        model.addAttribute("limit", SearchQueries.LIMIT);
        return "search";
    }
}
