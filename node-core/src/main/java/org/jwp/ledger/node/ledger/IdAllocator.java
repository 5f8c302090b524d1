package org.jwp.ledger.node.ledger;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Hands out readable identifiers such as {@code CITES-CONS-2025-0007}: owner, kind, year of the action, number.
 * A number taken by a command that is then refused is not reused; identifiers need to be unique, not dense.
 *
 * <p>Numbers are reserved from the database in blocks ({@code ledger.ids.block}, 16 by default) and handed out from
 * memory: one statement and commit per block instead of one per command. Several processes on one database each
 * reserve their own blocks, so no two hand out the same identifier; numbers of a block still unused when the process
 * stops are never used (a gap, as after a refused command).
 */
@Component
public class IdAllocator {

    private final JdbcTemplate jdbc;
    private final NodeIdentity identity;
    private final int blockSize;
    /** Per prefix, the next number to hand out and the last one reserved. */
    private final Map<String, int[]> blocks = new HashMap<>();

    IdAllocator(JdbcTemplate jdbc, NodeIdentity identity, @Value("${ledger.ids.block:16}") int blockSize) {
        if (blockSize < 1) {
            throw new IllegalArgumentException("ledger.ids.block must be at least 1");
        }
        this.jdbc = jdbc;
        this.identity = identity;
        this.blockSize = blockSize;
    }

    public synchronized String next(String kind, int year) {
        String prefix = identity.secretariat().name() + "-" + kind + "-" + year;
        int[] block = blocks.get(prefix);
        if (block == null || block[0] > block[1]) {
            block = reserve(prefix);
            blocks.put(prefix, block);
        }
        String number = Integer.toString(block[0]++);
        // As %04d, without a Formatter per identifier (it showed in the request threads' profile).
        return prefix + "-" + "0000".substring(Math.min(4, number.length())) + number;
    }

    private int[] reserve(String prefix) {
        Integer last = jdbc.queryForObject("""
                insert into item_id_counter as c (prefix, last_value) values (?, ?)
                on conflict (prefix) do update set last_value = c.last_value + excluded.last_value
                returning last_value""", Integer.class, prefix, blockSize);
        return new int[]{last - blockSize + 1, last};
    }

    /**
     * Makes sure {@link #next} never hands out these identifiers again: after this node recovered events lost with an
     * old backup, the counters restored with it are behind the items those events created. One statement per prefix.
     */
    public synchronized void noteTaken(Collection<String> itemIds) {
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
        // A block held in memory may reach below what the recovered events used: take fresh blocks after this.
        blocks.clear();
        jdbc.batchUpdate("""
                        insert into item_id_counter as c (prefix, last_value) values (?, ?)
                        on conflict (prefix) do update set last_value = greatest(c.last_value, excluded.last_value)""",
                highest.entrySet().stream().map(e -> new Object[]{e.getKey(), e.getValue()}).toList());
    }
}
