package org.jwp.ledger.node.personaldata;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class SealedSubjectsTest {

    @Test
    void findsThePersonsAPayloadNames() {
        String payload = "{\"loanId\":\"CITES-LOAN-2026-0001\",\"staffMember\":{\"subjectId\":"
                + "\"CITES-PERSON-0123456789abcdef0123456789abcdef\",\"sealed\":\"AAAA\"}}";

        assertThat(SealedSubjects.in(payload.getBytes(StandardCharsets.UTF_8)))
                .containsExactly("CITES-PERSON-0123456789abcdef0123456789abcdef");
    }

    @Test
    void aPayloadNamingNoPersonHasNone() {
        assertThat(SealedSubjects.in("{\"text\":\"subjectId\"}".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(SealedSubjects.in("{\"note\":\"x\"}".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(SealedSubjects.in("not json \"subjectId\"".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(SealedSubjects.in(null)).isEmpty();
    }
}
