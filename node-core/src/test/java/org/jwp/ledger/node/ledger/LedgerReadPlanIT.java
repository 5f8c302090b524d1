package org.jwp.ledger.node.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.node.support.RunningNode;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How PostgreSQL plans the ledger's own reads on a young database, whose tables have no statistics yet (autovacuum
 * has not analysed them, or is off): each event's chain hash must be found by its whole key. Joined instead, the
 * planner matched the chain on the origin alone and scanned an origin's whole chain for every event read.
 */
class LedgerReadPlanIT {

    private static RunningNode cites;

    @BeforeAll
    static void start() {
        cites = RunningNode.start(Secretariat.CITES);
    }

    @AfterAll
    static void stop() {
        cites.close();
    }

    @Test
    void aFeedPageLooksUpEachChainHashByOriginAndSequence() throws Exception {
        JdbcTemplate jdbc = cites.bean(JdbcTemplate.class);
        String plan = jdbc.queryForObject("explain (format json) select " + LedgerStore.COLUMNS + LedgerStore.FROM
                + "where e.origin = 'CITES' and e.origin_sequence > 0 order by e.origin_sequence limit 500",
                String.class);

        List<JsonNode> chainReads = new ArrayList<>();
        collect(new ObjectMapper().readTree(plan).get(0).get("Plan"), chainReads);

        assertThat(chainReads).as("reads of ledger_chain in " + plan).isNotEmpty().allSatisfy(node -> {
            assertThat(node.path("Index Cond").asText()).contains("origin").contains("sequence");
            assertThat(node.has("Filter")).isFalse();
        });
    }

    private static void collect(JsonNode node, List<JsonNode> chainReads) {
        if ("ledger_chain".equals(node.path("Relation Name").asText())) {
            chainReads.add(node);
        }
        node.path("Plans").forEach(child -> collect(child, chainReads));
    }
}
