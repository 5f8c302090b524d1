package org.jwp.ledger.node.peers;

import org.jwp.ledger.events.Secretariat;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * The configured peers, as many as there are ({@code LEDGER_PEERS_0_ID}, {@code LEDGER_PEERS_0_URL},
 * {@code LEDGER_PEERS_0_TOKEN}, then {@code LEDGER_PEERS_1_...}); none means this node replicates with no one.
 */
@ConfigurationProperties(prefix = "ledger")
public record PeerSettings(List<Peer> peers) {

    public PeerSettings {
        peers = peers == null ? List.of() : List.copyOf(peers);
        if (peers.stream().map(Peer::id).distinct().count() != peers.size()) {
            throw new IllegalArgumentException("each peer may be configured only once: " + peers);
        }
        if (new HashSet<>(peers.stream().map(Peer::token).toList()).size() != peers.size()) {
            throw new IllegalArgumentException("each peer needs its own token: a token identifies the peer");
        }
    }

    public Optional<Peer> peer(Secretariat id) {
        return peers.stream().filter(p -> p.id() == id).findFirst();
    }
}
