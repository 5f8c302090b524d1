package org.jwp.ledger.node.peers;

import org.jwp.ledger.events.Secretariat;

import org.jwp.ledger.format.Keys;

import java.net.URI;
import java.security.PublicKey;
import java.util.Objects;

/**
 * Another secretariat's node this one replicates with: its identity, where its feed is, the secret shared by the
 * pair (presented when pulling from the peer, accepted from it on our feed), and its pinned public key. Between
 * organisations the link crosses the internet: {@code https://} (trusting the JVM's trust store, or only the CA
 * certificates in {@code caFile}); plain {@code http://} only in the demo profile or where {@code allowPlainHttp}
 * says so explicitly ({@link PeerTransport}).
 */
public record Peer(Secretariat id, URI url, String token, String publicKey, String caFile, boolean allowPlainHttp) {

    public Peer {
        Objects.requireNonNull(id, "ledger.peers[i].id (LEDGER_PEERS_<i>_ID)");
        Objects.requireNonNull(url, "ledger.peers[i].url (LEDGER_PEERS_<i>_URL) of " + id);
        if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
            throw new IllegalArgumentException("ledger.peers[i].url (LEDGER_PEERS_<i>_URL) of " + id
                    + " must be an https:// (or, where allowed, http://) address: " + url);
        }
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
