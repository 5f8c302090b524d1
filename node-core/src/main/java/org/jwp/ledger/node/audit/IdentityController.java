package org.jwp.ledger.node.audit;

import org.jwp.ledger.format.Keys;
import org.jwp.ledger.node.ledger.NodeIdentity;
import org.jwp.ledger.node.peers.PeerSettings;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Who this node is and the public key its checkpoints verify under, for operators to exchange and pin. */
@RestController
class IdentityController {

    record PinnedPeer(String id, String url, String fingerprint) {
    }

    record Identity(String secretariat, String source, String publicKey, String fingerprint, List<PinnedPeer> peers) {
    }

    private final NodeIdentity identity;
    private final NodeKeys keys;
    private final PeerSettings settings;

    IdentityController(NodeIdentity identity, NodeKeys keys, PeerSettings settings) {
        this.identity = identity;
        this.keys = keys;
        this.settings = settings;
    }

    @GetMapping("/api/identity")
    Identity identity() {
        return new Identity(identity.secretariat().name(), "urn:jwp-ledger:"
                + identity.secretariat().name().toLowerCase(), Keys.pem(keys.publicKey()), keys.fingerprint(),
                settings.peers().stream().map(p -> new PinnedPeer(p.id().name(), p.url().toString(),
                        Keys.fingerprint(p.verificationKey()))).toList());
    }
}
