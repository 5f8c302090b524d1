package org.jwp.ledger.events;

import org.junit.jupiter.api.Test;
import org.jwp.ledger.events.consultation.ConsultationCommentSubmitted;
import org.jwp.ledger.events.progress.ActivityResultRecorded;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Events stored under an earlier revision of their contract are read as the current one; stored bytes stay. */
class ContractUpcastsTest {

    private static final String RESULT = EventContracts.typeName(ActivityResultRecorded.class);

    @Test
    void aRevisionOneResultIsReadAsRevisionTwoConcerningItsOneActivity() throws IOException {
        byte[] stored = golden("ActivityResultRecorded.v1.json");

        ActivityResultRecorded read = (ActivityResultRecorded) EventContracts.read(RESULT, "1", stored);

        assertThat(read.activityCodes()).containsExactly(ActivityCode.of("D1"));
        assertThat(read.resultId()).isEqualTo("CMS-RES-2024-0002");
        assertThat(read.text()).isEqualTo("Annual coordination meeting held in Bonn.");
        assertThat(read.documentRefs()).containsExactly(DocumentReference.of("SC78 Doc. 12"));
        assertThat(read.actedOn()).isEqualTo(LocalDate.of(2024, 3, 15));
        assertThat(stored).as("reading never changes the stored bytes").isEqualTo(golden(
                "ActivityResultRecorded.v1.json"));
    }

    @Test
    void theCurrentRevisionIsReadAsItIs() throws IOException {
        ActivityResultRecorded read = (ActivityResultRecorded) EventContracts.read(RESULT, "2",
                golden("ActivityResultRecorded.v2.json"));

        assertThat(read.activityCodes()).extracting(ActivityCode::value).containsExactly("D1", "D2");
    }

    @Test
    void aRevisionOneCommentIsReadAsRevisionTwoWithTheSamePosition() throws IOException {
        String type = EventContracts.typeName(ConsultationCommentSubmitted.class);

        ConsultationCommentSubmitted read = (ConsultationCommentSubmitted) EventContracts.read(type, "1",
                golden("ConsultationCommentSubmitted.v1.json"));

        assertThat(read.position()).isEqualTo(CommentPosition.SUPPORT);
        assertThat(read.text()).startsWith("The species is listed in CMS Appendix II");
    }

    @Test
    void aRevisionTwoCommentMayStateNoPosition() throws IOException {
        ConsultationCommentSubmitted read = (ConsultationCommentSubmitted) EventContracts.read(
                EventContracts.typeName(ConsultationCommentSubmitted.class), "2",
                golden("ConsultationCommentSubmitted.v2.no-position.json"));

        assertThat(read.position()).isNull();
        assertThat(EventJson.mapper().writeValueAsString(read)).as("written without the field, as stored")
                .isEqualTo(new String(golden("ConsultationCommentSubmitted.v2.no-position.json")));
        assertThat(read.documentRef()).isEqualTo(DocumentReference.of("CoP17 Doc. 88.3 (Rev.), Annex 4"));
    }

    @Test
    void aRevisionThisVersionDoesNotKnowIsNotReadable() {
        assertThat(EventContracts.isKnown(RESULT, "1")).isTrue();
        assertThat(EventContracts.isKnown(RESULT, "2")).isTrue();
        assertThat(EventContracts.isKnown(RESULT, "3")).as("a newer version's revision").isFalse();
        assertThat(EventContracts.isKnown("org.example.Unknown", "1")).isFalse();
        assertThatThrownBy(() -> EventContracts.read(RESULT, "3", "{}".getBytes()))
                .hasMessageContaining("revision 3");
    }

    @Test
    void everyEarlierRevisionWithAGoldenFileIsStillReadable() throws IOException {
        for (Class<? extends Record> c : EventContracts.ALL) {
            int current = Integer.parseInt(EventContracts.revisionOf(c));
            for (int r = 1; r < current; r++) {
                byte[] stored = golden(c.getSimpleName() + ".v" + r + ".json");
                assertThat(EventContracts.read(EventContracts.typeName(c), "" + r, stored)).isInstanceOf(c);
            }
        }
        assertThat(List.of(golden("ActivityResultRecorded.v1.json"))).isNotEmpty();
    }

    private static byte[] golden(String name) throws IOException {
        try (InputStream in = ContractUpcastsTest.class.getResourceAsStream("/golden/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes()).strip().getBytes();
        }
    }
}
