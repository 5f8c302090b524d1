package org.jwp.ledger.node.personaldata;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.jwp.ledger.events.personaldata.PersonalDataErased;
import org.springframework.stereotype.Component;

/**
 * Destroys this node's copy of a person's key when an erasure is recorded, here or by the peer (it arrives by
 * replication). Replaying the group destroys again, harmlessly: a destroyed key cannot come back from the ledger.
 */
@Component
@ProcessingGroup(KeyShredder.GROUP)
class KeyShredder {

    static final String GROUP = "personal-data";

    private final PersonalDataVault vault;

    KeyShredder(PersonalDataVault vault) {
        this.vault = vault;
    }

    @EventHandler
    void on(PersonalDataErased e) {
        vault.destroy(e.subjectId());
    }
}
