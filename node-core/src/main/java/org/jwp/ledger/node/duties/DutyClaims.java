package org.jwp.ledger.node.duties;

import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.List;

/**
 * The claims on duties in the node's database, by PostgreSQL's clock: a claim is taken when it is free or its
 * holder has not renewed it within the lease, and renewed only by its holder. An instance that was paused, cut off or
 * slow past its lease finds, at its next renewal, that another holds the duty, and the fence it held has moved on.
 */
class DutyClaims {

    private final JdbcTemplate jdbc;
    private final String instance;
    private final Duration lease;

    DutyClaims(JdbcTemplate jdbc, String instance, Duration lease) {
        this.jdbc = jdbc;
        this.instance = instance;
        this.lease = lease;
    }

    private static final String CLAIM = """
            insert into duty_claim as c (duty, holder, fence, claimed_at, renewed_at)
            values (?, ?, 1, clock_timestamp(), clock_timestamp())
            on conflict (duty) do update set holder = excluded.holder,
                fence = case when c.holder = excluded.holder then c.fence else c.fence + 1 end,
                claimed_at = case when c.holder = excluded.holder then c.claimed_at else clock_timestamp() end,
                renewed_at = clock_timestamp()
            where c.holder = excluded.holder or c.renewed_at < clock_timestamp() - ? * interval '1 millisecond'
            returning fence""";

    /** Takes or renews {@code duty} for this instance: its fence, or -1 when another instance holds it. */
    long claim(String duty) {
        List<Long> fence = jdbc.queryForList(CLAIM, Long.class, duty, instance, lease.toMillis());
        return fence.isEmpty() ? -1 : fence.get(0);
    }

    /** Hands {@code duty} over at once (a clean stop), if this instance holds it. */
    void release(String duty) {
        jdbc.update("delete from duty_claim where duty = ? and holder = ?", duty, instance);
    }

    /**
     * In the caller's transaction: whether this instance's claim with {@code fence} still stands by the database's
     * clock. A write made under a duty checks it, so an instance that lost the duty between its last look and its
     * write does not commit.
     */
    boolean stands(String duty, long fence) {
        return !jdbc.queryForList("""
                        select 1 from duty_claim where duty = ? and holder = ? and fence = ?
                           and renewed_at >= clock_timestamp() - ? * interval '1 millisecond'""", Integer.class,
                duty, instance, fence, lease.toMillis()).isEmpty();
    }

    /** Deletes the claims under {@code prefix} not renewed for {@code leases} leases. */
    void forgetStale(String prefix, int leases) {
        jdbc.update("delete from duty_claim where duty like ? and renewed_at < clock_timestamp() - ? * interval "
                + "'1 millisecond'", prefix + "%", lease.toMillis() * leases);
    }

    List<Duties.Claim> all() {
        return jdbc.query("select duty, holder, fence, claimed_at, renewed_at, renewed_at >= clock_timestamp() - ? "
                        + "* interval '1 millisecond' from duty_claim order by duty",
                (rs, n) -> new Duties.Claim(rs.getString(1), rs.getString(2), rs.getLong(3),
                        rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant(), rs.getBoolean(6),
                        rs.getString(2).equals(instance)), lease.toMillis());
    }

    String instance() {
        return instance;
    }
}
