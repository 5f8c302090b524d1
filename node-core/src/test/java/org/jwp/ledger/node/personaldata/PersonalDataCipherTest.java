package org.jwp.ledger.node.personaldata;

import org.junit.jupiter.api.Test;

import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalDataCipherTest {

    private static final String SUBJECT = "CITES-PERSON-0123456789abcdef0123456789abcdef";
    private static final String OTHER = "CITES-PERSON-fedcba9876543210fedcba9876543210";

    @Test
    void whatAKeySealedOpensWithThatKeyOnly() {
        byte[] key = PersonalDataCipher.newKey();

        String sealed = PersonalDataCipher.seal(key, SUBJECT, "{\"name\":\"Ana Example\"}");

        assertThat(sealed).doesNotContain("Ana");
        assertThat(PersonalDataCipher.open(key, SUBJECT, sealed)).contains("{\"name\":\"Ana Example\"}");
        assertThat(PersonalDataCipher.open(PersonalDataCipher.newKey(), SUBJECT, sealed)).isEmpty();
    }

    @Test
    void sealedDataCopiedUnderAnotherSubjectDoesNotOpen() {
        byte[] key = PersonalDataCipher.newKey();

        String sealed = PersonalDataCipher.seal(key, SUBJECT, "Ana Example");

        assertThat(PersonalDataCipher.open(key, OTHER, sealed)).isEmpty();
    }

    @Test
    void alteredOrTruncatedSealedDataDoesNotOpen() {
        byte[] key = PersonalDataCipher.newKey();
        byte[] sealed = Base64.getDecoder().decode(PersonalDataCipher.seal(key, SUBJECT, "Ana Example"));
        sealed[sealed.length - 1] ^= 1;

        assertThat(PersonalDataCipher.open(key, SUBJECT, Base64.getEncoder().encodeToString(sealed))).isEmpty();
        assertThat(PersonalDataCipher.open(key, SUBJECT, "AAAA")).isEmpty();
        assertThat(PersonalDataCipher.open(key, SUBJECT, "not base64!")).isEmpty();
    }

    @Test
    void theSameTextSealsDifferentlyEachTime() {
        byte[] key = PersonalDataCipher.newKey();

        assertThat(PersonalDataCipher.seal(key, SUBJECT, "Ana Example"))
                .isNotEqualTo(PersonalDataCipher.seal(key, SUBJECT, "Ana Example"));
    }
}
