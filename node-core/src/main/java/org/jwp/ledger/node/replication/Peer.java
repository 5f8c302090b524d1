package org.jwp.ledger.node.replication;

import org.jwp.ledger.events.Secretariat;

import java.net.URI;
import java.util.Objects;

/**
 * Another secretariat's node this one replicates with: its identity, where its feed is, and the secret shared by the
 * pair (presented when pulling from the peer, accepted from it on our feed).
 */
public record Peer(Secretariat id, URI url, String token) {

    public Peer {
        Objects.requireNonNull(id, "ledger.peers[i].id (LEDGER_PEERS_<i>_ID)");
        Objects.requireNonNull(url, "ledger.peers[i].url (LEDGER_PEERS_<i>_URL) of " + id);
        if (token == null || token.length() < 16) {
            throw new IllegalArgumentException("ledger.peers[i].token (LEDGER_PEERS_<i>_TOKEN) of " + id
                    + " must be a shared secret of at least 16 characters");
        }
    }

    @Override
    public String toString() {
        return id + " at " + url;
    }
}
