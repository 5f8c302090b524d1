package org.jwp.ledger.node.search;

import org.jwp.ledger.node.request.Checks;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** {@code GET /api/search?q=…}: the items and results the words find, best first (at most 50). */
@RestController
class SearchController {

    private final SearchQueries queries;

    SearchController(SearchQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/search")
    List<SearchQueries.Hit> search(@RequestParam(required = false) String q) {
        new Checks().check(q != null && !q.isBlank(), "q", "must name what to search for")
                .check(q == null || q.length() <= 200, "q", "must be at most 200 characters")
                // A NUL reached PostgreSQL, which refused it, and the answer was a 503 "store unavailable".
                .check(q == null || q.codePoints().noneMatch(Character::isISOControl), "q",
                        "must not contain control characters").orThrow();
        return queries.search(q.strip());
    }
}
