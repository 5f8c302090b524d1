package org.jwp.ledger.node.ledger;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

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
     * Makes sure {@link #next} never hands out these identifiers again: after this node recovered events lost with an
     * old backup, the counters restored with it are behind the items those events created. One statement per prefix.
     */
    public void noteTaken(Collection<String> itemIds) {
        Map<String, Integer> highest = new HashMap<>();
        String own = identity.secretariat().name() + "-";
        for (String id : itemIds) {
            int dash = id.lastIndexOf('-');
            if (dash > 0 && id.startsWith(own) && id.substring(dash + 1).matches("\\d{1,9}")) {
                highest.merge(id.substring(0, dash), Integer.parseInt(id.substring(dash + 1)), Math::max);
            }
        }
        if (highest.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("""
                        insert into item_id_counter as c (prefix, last_value) values (?, ?)
                        on conflict (prefix) do update set last_value = greatest(c.last_value, excluded.last_value)""",
                highest.entrySet().stream().map(e -> new Object[]{e.getKey(), e.getValue()}).toList());
    }
}
