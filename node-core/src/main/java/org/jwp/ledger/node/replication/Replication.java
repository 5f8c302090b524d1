package org.jwp.ledger.node.replication;

import org.jwp.ledger.node.peers.Peer;
import org.jwp.ledger.node.peers.PeerSettings;
import org.jwp.ledger.node.duties.Duties;
import io.micrometer.core.instrument.MeterRegistry;
import org.jwp.ledger.node.ledger.NodeIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One background follower per configured peer, started once the node is up and stopped with it. Local writes never
 * wait for any of them.
 */
@Component("peerReplication")
public class Replication implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Replication.class);

    private final PeerSettings settings;
    private final NodeIdentity identity;
    private final Receiver receiver;
    private final MeterRegistry metrics;
    private final CheckpointSync checkpoints;
    private final KeySync keys;
    private final CatchUpPause pause;
    private final Duties duties;
    private final List<PeerFollower> followers = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    Replication(PeerSettings settings, NodeIdentity identity, Receiver receiver, MeterRegistry metrics,
                CheckpointSync checkpoints, KeySync keys, CatchUpPause pause, Duties duties) {
        this.duties = duties;
        this.pause = pause;
        this.checkpoints = checkpoints;
        this.keys = keys;
        this.settings = settings;
        this.identity = identity;
        this.receiver = receiver;
        this.metrics = metrics;
    }

    @Override
    public synchronized void start() {
        pause.open();
        FeedClient client = new FeedClient();
        for (Peer peer : settings.peers()) {
            if (peer.id() == identity.secretariat()) {
                throw new IllegalStateException("ledger.peers lists this node itself (" + peer.id() + ")");
            }
            // One instance of this node follows each peer at a time: the one holding the claim (docs/operations.md).
            duties.want(Duties.follower(peer.id()));
            PeerFollower follower = new PeerFollower(peer, receiver, client, checkpoints, keys, pause, metrics,
                    () -> duties.holds(Duties.follower(peer.id())));
            Thread thread = new Thread(follower, "replication-from-" + peer.id().name().toLowerCase());
            thread.setDaemon(true);
            followers.add(follower);
            threads.add(thread);
            thread.start();
            log.info("Following {}", peer);
        }
        running = true;
    }

    @Override
    public synchronized void stop() {
        pause.close();
        followers.forEach(PeerFollower::halt);
        threads.forEach(Thread::interrupt);
        for (Thread t : threads) {
            try {
                t.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        followers.clear();
        threads.clear();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** After the web server and Axon, so a follower never appends before the projections can see it. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }

    /**
     * What this instance's followers know, without asking the database who holds their claims: for the health check,
     * which a load balancer calls every second.
     */
    List<PeerStatus> localStatus() {
        return followers.stream().map(PeerFollower::status).toList();
    }

    public List<PeerStatus> status() {
        Map<String, String> holders = new HashMap<>();
        try {
            duties.claims().stream().filter(Duties.Claim::live).forEach(c -> holders.put(c.duty(), c.holder()));
        } catch (RuntimeException e) {
            // the database is unreachable: who follows is unknown, the rest of the status still says what it knows
        }
        return followers.stream().map(f -> f.status().followedBy(holders.get(Duties.follower(f.peer().id()))))
                .toList();
    }
}
