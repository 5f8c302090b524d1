package org.jwp.ledger.node.duties;

import org.jwp.ledger.events.Secretariat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The duties this instance of the node takes on when it can: each runs on exactly one instance of a secretariat's
 * node at a time, decided by claims in PostgreSQL ({@link DutyClaims}), renewed every third of the lease
 * ({@code LEDGER_DUTY_LEASE}, default six seconds). This instance acts on a duty only while its last renewal is
 * younger than two thirds of the lease by its own monotonic clock, which runs on while the process is paused: so it
 * has stopped acting before the database lets another instance take the duty, and after a pause it acts again only
 * once it has renewed. Another instance takes a dead one's duty within the lease and one renewal (eight seconds by
 * default). A clean stop hands the duties over at once.
 */
@Component
public class Duties implements SmartLifecycle {

    public static final String CHECKPOINT_SIGNER = "checkpoint-signer";
    public static final String SELF_CHECK = "self-check";
    /** Comparing this node's chain with its peers' copies at an instance's start, until that instance records. */
    public static final String START_UP_COMPARISON = "start-up-comparison";
    /** Each instance holds a claim of its own under this prefix while it runs: the live instances can be counted. */
    static final String PRESENCE = "instance:";

    /** Following one peer's feed, with its checkpoints and personal-data keys. */
    public static String follower(Secretariat peer) {
        return "follower:" + peer.name();
    }

    /** One duty's claim as the database holds it; {@code live}: renewed within the lease. */
    public record Claim(String duty, String holder, long fence, Instant claimedAt, Instant renewedAt, boolean live,
                        boolean thisInstance) {
    }

    private static final Logger log = LoggerFactory.getLogger(Duties.class);

    private final DutyClaims claims;
    private final long leaseNanos;
    private final Set<String> wanted = ConcurrentHashMap.newKeySet();
    /** Per duty held: the fence and until when (System.nanoTime) this instance may act on it. */
    private final Map<String, long[]> held = new ConcurrentHashMap<>();
    private ScheduledExecutorService renewer;

    Duties(JdbcTemplate jdbc, @Value("${ledger.instance.id:}") String instance,
           @Value("${ledger.duty.lease:PT6S}") Duration lease) {
        this.claims = new DutyClaims(jdbc, instance.isBlank() ? defaultInstance() : instance, lease);
        this.leaseNanos = lease.toNanos();
    }

    /** This instance will take {@code duty} whenever it is free (within a renewal). */
    public void want(String duty) {
        wanted.add(duty);
        ScheduledExecutorService r = renewer;
        if (r != null) {
            r.execute(this::renew);
        }
    }

    /** Whether this instance may act on {@code duty} now. */
    public boolean holds(String duty) {
        return live(held.get(duty));
    }

    private static boolean live(long[] h) {
        return h != null && System.nanoTime() - h[1] < 0;
    }

    /**
     * In the caller's transaction, before a write made under {@code duty}: true only if this instance still holds it
     * by the database's clock, so a write by an instance that lost it in between does not commit.
     */
    public boolean standsInTransaction(String duty) {
        long[] h = held.get(duty);
        return live(h) && claims.stands(duty, h[0]);
    }

    public String instance() {
        return claims.instance();
    }

    public List<Claim> claims() {
        return claims.all();
    }

    /** The instances of this node whose presence claim is live now (at least this one, once it has renewed). */
    public int liveInstances() {
        return (int) Math.max(1, claims.all().stream().filter(c -> c.live() && c.duty().startsWith(PRESENCE))
                .count());
    }

    /** Forgets the presence of instances that have not renewed it for ten leases (killed, never stopped cleanly). */
    void forgetGoneInstances() {
        claims.forgetStale(PRESENCE, 10);
    }

    /** This instance no longer wants {@code duty}: handed over at once if it held it. */
    public void drop(String duty) {
        synchronized (wanted) { // not re-taken by a renewal under way
            wanted.remove(duty);
            if (held.remove(duty) != null) {
                try {
                    claims.release(duty);
                } catch (RuntimeException e) {
                    log.warn("Could not hand over the duty {} (another instance takes it when the lease ends): {}",
                            duty, e.getMessage());
                }
            }
        }
    }

    private void renew() {
        synchronized (wanted) { // a duty dropped meanwhile is not taken again
            renewWanted();
        }
    }

    private void renewWanted() {
        for (String duty : wanted) {
            long started = System.nanoTime();
            long fence;
            try {
                fence = claims.claim(duty);
            } catch (RuntimeException e) {
                fence = -1; // the database is unreachable: this instance cannot know it still holds anything
            }
            long[] before = fence < 0 ? held.remove(duty) : held.put(duty, new long[]{fence,
                    started + leaseNanos * 2 / 3});
            if (fence >= 0 && (before == null || before[0] != fence)) {
                log.info("This instance ({}) now holds the duty {} (fence {})", instance(), duty, fence);
            } else if (fence < 0 && before != null) {
                log.warn("This instance ({}) no longer holds the duty {}", instance(), duty);
            }
        }
    }

    @Override
    public synchronized void start() {
        wanted.add(PRESENCE + instance());
        renewer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "duty-claims");
            t.setDaemon(true);
            return t;
        });
        renewer.scheduleWithFixedDelay(this::renew, 0, leaseNanos / 3, TimeUnit.NANOSECONDS);
    }

    /** After every duty has stopped (a later phase stops first): the claims are handed over at once. */
    @Override
    public synchronized void stop() {
        if (renewer == null) {
            return;
        }
        renewer.shutdownNow();
        try {
            renewer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        renewer = null;
        for (String duty : held.keySet()) {
            held.remove(duty);
            try {
                claims.release(duty);
            } catch (RuntimeException e) {
                log.warn("Could not hand over the duty {} (another instance takes it when the lease ends): {}", duty,
                        e.getMessage());
            }
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return renewer != null;
    }

    /** Before the followers and the start-up comparison (Integer.MAX_VALUE - 100), so they find their claims. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 200;
    }

    private static String defaultInstance() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "unknown-host";
        }
        return host + "/" + ManagementFactory.getRuntimeMXBean().getPid() + "/" + UUID.randomUUID().toString()
                .substring(0, 8);
    }
}
