package org.jwp.ledger.node.ledger;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Hands out readable identifiers such as {@code CITES-CONS-2025-0007}: owner, kind, year of the action, number.
 * A number taken by a command that is then refused is not reused; identifiers need to be unique, not dense.
 */
@Component
public class IdAllocator {

    private final JdbcTemplate jdbc;
    private final NodeIdentity identity;

    IdAllocator(JdbcTemplate jdbc, NodeIdentity identity) {
        this.jdbc = jdbc;
        this.identity = identity;
    }

    public String next(String kind, int year) {
        String prefix = identity.secretariat().name() + "-" + kind + "-" + year;
        Integer n = jdbc.queryForObject("""
                insert into item_id_counter as c (prefix, last_value) values (?, 1)
                on conflict (prefix) do update set last_value = c.last_value + 1
                returning last_value""", Integer.class, prefix);
        return prefix + "-" + String.format("%04d", n);
    }

    /**
     * Makes sure {@link #next} never hands out {@code itemId} again: after this node recovered events lost with an
     * old backup, the counters restored with it are behind the items those events created.
     */
    public void noteTaken(String itemId) {
        int dash = itemId.lastIndexOf('-');
        if (dash < 0 || !itemId.startsWith(identity.secretariat().name() + "-")
                || !itemId.substring(dash + 1).matches("\\d{1,9}")) {
            return;
        }
        jdbc.update("""
                insert into item_id_counter as c (prefix, last_value) values (?, ?)
                on conflict (prefix) do update set last_value = greatest(c.last_value, excluded.last_value)""",
                itemId.substring(0, dash), Integer.parseInt(itemId.substring(dash + 1)));
    }
}
