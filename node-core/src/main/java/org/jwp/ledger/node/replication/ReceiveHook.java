package org.jwp.ledger.node.replication;

import org.jwp.ledger.node.peers.Peer;
import org.jwp.ledger.format.StoredEvent;

import java.util.List;

/**
 * Called inside the receiving transaction, after a batch is appended and before the cursor is written and the
 * transaction commits. Production has none; tests use it to inject a crash at the worst moment.
 */
public interface ReceiveHook {

    void beforeCommit(Peer peer, List<StoredEvent> batch);
}
