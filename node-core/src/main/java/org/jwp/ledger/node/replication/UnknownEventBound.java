package org.jwp.ledger.node.replication;

import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.node.ledger.ContractKnowledge;
import org.jwp.ledger.format.StoredEvent;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * How many of a peer's events this build cannot read it takes in: a newer build's events are held unread until this
 * node is upgraded (HeldEvents), but a peer could otherwise fill this ledger with anything under an unknown type. Past
 * {@code ledger.replication.unknown-events.per-page} in one page (default 100) or
 * {@code ledger.replication.unknown-events.total} held from that peer (default 10,000) the follower stops and says
 * why: upgrade this node, or ask why the peer sends them.
 */
@Component
class UnknownEventBound {

    private final ContractKnowledge contracts;
    private final JdbcTemplate jdbc;
    private final int perPage;
    private final int total;

    UnknownEventBound(ContractKnowledge contracts, JdbcTemplate jdbc,
                      @Value("${ledger.replication.unknown-events.per-page:100}") int perPage,
                      @Value("${ledger.replication.unknown-events.total:10000}") int total) {
        this.contracts = contracts;
        this.jdbc = jdbc;
        this.perPage = perPage;
        this.total = total;
    }

    void check(Secretariat from, List<StoredEvent> batch) {
        List<StoredEvent> unknown = batch.stream()
                .filter(e -> !contracts.readable(e.payloadType(), e.payloadRevision())).toList();
        if (unknown.isEmpty()) {
            return;
        }
        if (unknown.size() > perPage) {
            throw new ReplicationRefused(unknown.get(0), "the page holds " + unknown.size() + " events of types this "
                    + "build cannot read (at most " + perPage + " are taken in one page): upgrade this node, or ask "
                    + from + " why it sends them");
        }
        Integer held = jdbc.queryForObject("select count(*) from held_event where origin = ?", Integer.class,
                from.name());
        if (held != null && held + unknown.size() > total) {
            throw new ReplicationRefused(unknown.get(0), "this node already holds " + held + " unread events of "
                    + from + " (at most " + total + "): upgrade this node to read them before taking in more");
        }
    }
}
