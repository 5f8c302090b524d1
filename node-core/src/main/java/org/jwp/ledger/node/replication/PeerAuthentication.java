package org.jwp.ledger.node.replication;

import org.jwp.ledger.node.peers.Peer;
import org.jwp.ledger.node.peers.PeerSettings;
import org.jwp.ledger.node.request.Unauthenticated;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** The feeds open only to a configured peer presenting that pair's token (compared in constant time). */
@Component
class PeerAuthentication {

    private final PeerSettings settings;

    PeerAuthentication(PeerSettings settings) {
        this.settings = settings;
    }

    Peer authenticate(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            throw new Unauthenticated("the feed answers configured peers only: present your bearer token");
        }
        byte[] presented = authorization.substring("Bearer ".length()).trim().getBytes(StandardCharsets.UTF_8);
        Peer match = null;
        for (Peer p : settings.peers()) {
            if (MessageDigest.isEqual(presented, p.token().getBytes(StandardCharsets.UTF_8))) {
                match = p;
            }
        }
        if (match == null) {
            throw new Unauthenticated("this token belongs to no configured peer");
        }
        return match;
    }
}
