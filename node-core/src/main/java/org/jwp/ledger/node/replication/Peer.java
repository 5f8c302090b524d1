package org.jwp.ledger.node.replication;

import org.jwp.ledger.events.Secretariat;

import org.jwp.ledger.node.audit.Keys;

import java.net.URI;
import java.security.PublicKey;
import java.util.Objects;

/**
 * Another secretariat's node this one replicates with: its identity, where its feed is, the secret shared by the
 * pair (presented when pulling from the peer, accepted from it on our feed), and its pinned public key.
 */
public record Peer(Secretariat id, URI url, String token, String publicKey) {

    public Peer {
        Objects.requireNonNull(id, "ledger.peers[i].id (LEDGER_PEERS_<i>_ID)");
        Objects.requireNonNull(url, "ledger.peers[i].url (LEDGER_PEERS_<i>_URL) of " + id);
        if (token == null || token.length() < 16) {
            throw new IllegalArgumentException("ledger.peers[i].token (LEDGER_PEERS_<i>_TOKEN) of " + id
                    + " must be a shared secret of at least 16 characters");
        }
        if (publicKey == null || publicKey.isBlank()) {
            throw new IllegalArgumentException("ledger.peers[i].public-key (LEDGER_PEERS_<i>_PUBLIC_KEY) of " + id
                    + " must pin the peer's Ed25519 public key (PEM or base64 X.509; see GET /api/identity)");
        }
        Keys.publicKey(publicKey);
    }

    public PublicKey verificationKey() {
        return Keys.publicKey(publicKey);
    }

    @Override
    public String toString() {
        return id + " at " + url;
    }
}
