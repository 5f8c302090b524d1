package org.jwp.ledger.node.personaldata;

import org.jwp.ledger.events.PersonalData;
import org.jwp.ledger.node.ledger.CommandRefused;
import org.jwp.ledger.node.ledger.UnknownItem;
import org.jwp.ledger.node.request.Checks;
import org.jwp.ledger.node.web.Recorded;
import org.jwp.ledger.node.ledger.Recording;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/admin/personal-data/{subject}/erasure} (admins): records the erasure, which replicates, and destroys
 * this node's key at once; the peer destroys its copy when the erasure reaches it.
 */
@RestController
class ErasureController {

    private final Recording recording;
    private final PersonalDataVault vault;

    ErasureController(Recording recording, PersonalDataVault vault) {
        this.recording = recording;
        this.vault = vault;
    }

    @PostMapping("/api/admin/personal-data/{subject}/erasure")
    ResponseEntity<Recorded> erase(@PathVariable String subject) {
        new Checks().check(PersonalData.SUBJECT_ID.matcher(subject).matches(), "subject",
                "must look like CITES-PERSON-<32 hex digits>").orThrow();
        boolean erased = vault.erased(subject).orElseThrow(() -> new UnknownItem(subject));
        if (erased) {
            throw new CommandRefused(subject + "'s personal data is already erased on this node", "ERASED");
        }
        String id = ErasePersonalData.streamFor(recording.self().name(), subject);
        recording.record(new ErasePersonalData(id, subject, recording.today()));
        vault.destroy(subject);
        return Recorded.created("/api/admin/personal-data/" + subject, id);
    }
}
