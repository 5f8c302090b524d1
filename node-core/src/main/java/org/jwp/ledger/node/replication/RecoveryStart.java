package org.jwp.ledger.node.replication;

import org.jwp.ledger.node.duties.Duties;
import org.jwp.ledger.node.peers.PeerSettings;
import org.jwp.ledger.node.audit.CheckpointStore;
import org.jwp.ledger.node.audit.NodeKeys;
import org.jwp.ledger.node.ledger.LedgerStore;
import org.jwp.ledger.node.ledger.NodeIdentity;
import org.jwp.ledger.node.ledger.WriteGate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Optional;

/**
 * Runs the start-up comparison in the background once the node serves its feeds (a peer restoring at the same time
 * must be able to ask this one), under the claim {@link Duties#START_UP_COMPARISON}: instances of the node starting
 * together compare one after the other, each holding the claim until its own writes open. A node with no peers has nothing to compare and records at once.
 * {@code LEDGER_RECOVERY_PEER_WAIT} bounds how long an unreachable peer keeps writes closed (default one minute).
 */
@Component
class RecoveryStart implements SmartLifecycle {

    private final PeerSettings settings;
    private final NodeIdentity identity;
    private final Recovery.Parts parts;
    private final Duration peerWait;
    private final Duties duties;
    private Recovery recovery;
    private Thread thread;

    RecoveryStart(PeerSettings settings, NodeIdentity identity, LedgerStore store, ForeignEvents events,
                  CheckpointStore checkpoints, NodeKeys keys, WriteGate gate, RecoveryLog recoveries,
                  UnprovenTail unproven, UnprovenDecisions decisions, SelfCheck selfCheck, Duties duties,
                  @Value("${ledger.recovery.peer-wait:PT1M}") Duration peerWait) {
        this.duties = duties;
        this.settings = settings;
        this.identity = identity;
        this.parts = new Recovery.Parts(store, events, checkpoints, keys, gate, recoveries, unproven,
                decisions, selfCheck);
        this.peerWait = peerWait;
    }

    @Override
    public synchronized void start() {
        if (settings.peers().isEmpty()) {
            Optional<String> missing = parts.selfCheck().missingWhatItSigned();
            if (missing.isPresent()) {
                parts.gate().close(WriteGate.State.CHECKING, missing.get() + "; it has no peer configured");
            } else if (parts.selfCheck().check()) {
                parts.gate().open(null);
            }
            return;
        }
        Recovery r = new Recovery(settings.peers(), identity, new FeedClient(), parts, peerWait,
                () -> duties.drop(Duties.START_UP_COMPARISON));
        recovery = r;
        // One instance of the node compares at a time; each until its own writes open (or the comparison ends).
        thread = new Thread(() -> {
            try {
                if (awaitTurn()) {
                    r.run();
                }
            } finally {
                duties.drop(Duties.START_UP_COMPARISON);
            }
        }, "recovery-check");
        thread.setDaemon(true);
        thread.start();
    }

    private boolean awaitTurn() {
        duties.want(Duties.START_UP_COMPARISON);
        try {
            while (!duties.holds(Duties.START_UP_COMPARISON)) {
                Thread.sleep(100);
            }
            return true;
        } catch (InterruptedException stopping) {
            return false;
        }
    }

    @Override
    public synchronized void stop() {
        if (recovery != null) {
            recovery.halt();
            thread.interrupt();
            recovery = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return recovery != null;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }
}
