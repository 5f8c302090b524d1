package org.jwp.ledger.node.replication;

import org.jwp.ledger.node.peers.Peer;
import org.jwp.ledger.node.personaldata.PersonalDataVault;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.Base64;
import java.util.List;

/** Asks a peer for the keys of persons named in events received from it, and keeps them. */
@Component
class KeySync {

    private final PersonalDataVault vault;

    KeySync(PersonalDataVault vault) {
        this.vault = vault;
    }

    void sync(Peer peer, FeedClient client) throws IOException, InterruptedException {
        List<String> wanted = vault.wanted(peer.id().name(), KeyFeedController.MAX_SUBJECTS);
        if (wanted.isEmpty()) {
            return;
        }
        for (KeyFeedController.Key k : client.keys(peer, wanted)) {
            if (!wanted.contains(k.subjectId())) {
                throw new ReplicationRefused(peer.id() + " handed over a key nobody asked for: " + k.subjectId());
            }
            vault.keep(new PersonalDataVault.HeldKey(k.subjectId(), k.key() == null ? null
                    : Base64.getDecoder().decode(k.key())));
        }
    }
}
