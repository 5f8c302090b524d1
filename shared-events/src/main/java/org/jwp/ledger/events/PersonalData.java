package org.jwp.ledger.events;

import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Data that identifies a person (a loaned staff member's name and contact), sealed under that person's own key. The
 * key never travels inside an event: each node keeps it beside the ledger, the peer receives it over the
 * authenticated replication channel, and erasing the person destroys it on both nodes (docs/personal-data.md). The
 * sealed bytes are what the chain hashes, so hashes and signatures stay valid after the key is gone.
 *
 * @param subjectId whose data this is, e.g. {@code CITES-PERSON-5f0c...}: the secretariat that holds the person's
 *                  record first, then a random identifier that says nothing about the person
 * @param sealed    base64 of the AES-256-GCM nonce, ciphertext and tag; the subject id is bound in as associated data
 */
public record PersonalData(String subjectId, String sealed) {

    public static final Pattern SUBJECT_ID = Pattern.compile("(CITES|CMS)-PERSON-[0-9a-f]{32}");
    /** Base64 of a nonce, tag and the sealed text, which is bounded by what the API accepts: a few kilobytes. */
    public static final int MAX_SEALED_LENGTH = 16_384;

    public PersonalData {
        if (subjectId == null || !SUBJECT_ID.matcher(subjectId).matches()) {
            throw new IllegalArgumentException("subjectId must look like CITES-PERSON-<32 hex digits>");
        }
        if (sealed == null || sealed.isEmpty() || sealed.length() > MAX_SEALED_LENGTH) {
            throw new IllegalArgumentException("sealed must be present and at most " + MAX_SEALED_LENGTH
                    + " characters");
        }
        try {
            Base64.getDecoder().decode(sealed);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("sealed must be base64", e);
        }
    }
}
