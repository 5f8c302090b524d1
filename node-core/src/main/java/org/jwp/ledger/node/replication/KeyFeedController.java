package org.jwp.ledger.node.replication;

import org.jwp.ledger.events.PersonalData;
import org.jwp.ledger.node.personaldata.PersonalDataVault;
import org.jwp.ledger.node.request.Checks;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Base64;
import java.util.List;

/**
 * Hands the peer the personal-data keys it asks for (persons named in events it received), beside the event feed and
 * never inside an event: the keys are not part of what the chain hashes, so erasing one leaves every hash valid.
 * A key this node has erased is answered as erased (null), so the peer keeps a tombstone instead.
 */
@RestController
class KeyFeedController {

    static final int MAX_SUBJECTS = 100;

    record Key(String subjectId, String key) {
    }

    private final PeerAuthentication peers;
    private final PersonalDataVault vault;

    KeyFeedController(PeerAuthentication peers, PersonalDataVault vault) {
        this.peers = peers;
        this.vault = vault;
    }

    @GetMapping("/feeds/keys")
    List<Key> keys(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String auth,
                   @RequestParam(name = "subject") List<String> subjects) {
        peers.authenticate(auth);
        new Checks().check(subjects.size() <= MAX_SUBJECTS, "subject", "at most " + MAX_SUBJECTS + " per request")
                .check(subjects.stream().allMatch(s -> PersonalData.SUBJECT_ID.matcher(s).matches()), "subject",
                        "must look like CITES-PERSON-<32 hex digits>")
                .orThrow();
        return vault.held(subjects).stream().map(k -> new Key(k.subjectId(),
                k.key() == null ? null : Base64.getEncoder().encodeToString(k.key()))).toList();
    }
}
