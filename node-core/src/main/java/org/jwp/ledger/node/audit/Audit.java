package org.jwp.ledger.node.audit;

import org.jwp.ledger.format.Envelope;
import org.jwp.ledger.format.LedgerVerifier;
import org.jwp.ledger.node.ledger.LedgerStore;
import org.jwp.ledger.node.ledger.NodeIdentity;
import org.jwp.ledger.node.peers.Peer;
import org.jwp.ledger.node.peers.PeerSettings;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Verifies the whole local store with the same pure verifier an auditor runs offline on an export. */
@Component
public class Audit {

    private final LedgerStore ledger;
    private final CheckpointStore checkpoints;
    private final NodeIdentity identity;
    private final NodeKeys keys;
    private final PeerSettings settings;

    Audit(LedgerStore ledger, CheckpointStore checkpoints, NodeIdentity identity, NodeKeys keys,
          PeerSettings settings) {
        this.ledger = ledger;
        this.checkpoints = checkpoints;
        this.identity = identity;
        this.keys = keys;
        this.settings = settings;
    }

    /** Whose checkpoints this node trusts: its own key, and the keys pinned for its peers. */
    public Map<String, PublicKey> trustedKeys() {
        Map<String, PublicKey> trusted = new LinkedHashMap<>();
        trusted.put(identity.secretariat().name(), keys.publicKey());
        for (Peer p : settings.peers()) {
            trusted.put(p.id().name(), p.verificationKey());
        }
        return trusted;
    }

    /** Verifies one consistent snapshot of the store (events appended meanwhile are left for the next run). */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public List<LedgerVerifier.OriginReport> verify() {
        LedgerVerifier verifier = new LedgerVerifier(trustedKeys());
        checkpoints.all().forEach(verifier::checkpoint);
        Map<String, Long> heads = ledger.heads();
        for (String origin : heads.keySet()) {
            ledger.forEach(origin, e -> verifier.event(new LedgerVerifier.Entry(e.origin(), e.sequence(),
                    e.eventId(), Envelope.canonical(e), e.hash())));
        }
        List<LedgerVerifier.OriginReport> reports = new ArrayList<>();
        for (LedgerVerifier.OriginReport r : verifier.report()) {
            long recorded = heads.getOrDefault(r.origin(), 0L);
            if (!r.failed() && r.headSequence() < recorded) {
                r = r.failedWith(new LedgerVerifier.Failure(r.origin(), r.headSequence() + 1, null, "the ledger's "
                        + "head says " + recorded + " but the chain ends at " + r.headSequence()
                        + ": events were removed"));
            }
            reports.add(r);
        }
        return reports;
    }
}
