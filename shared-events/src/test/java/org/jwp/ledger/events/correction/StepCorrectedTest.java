package org.jwp.ledger.events.correction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;
import org.jwp.ledger.events.CommentPosition;
import org.jwp.ledger.events.DocumentReference;
import org.jwp.ledger.events.EventContracts;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.events.consultation.ConsultationCommentSubmitted;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StepCorrectedTest {

    private static final ConsultationCommentSubmitted COMMENT = new ConsultationCommentSubmitted(
            "CMS-RE-CITES-CONS-2025-0003", "CITES-CONS-2025-0003", Secretariat.CMS, CommentPosition.SUPPORT,
            "CMS supports the proposal.", DocumentReference.of("CoP20 Inf. 1"), LocalDate.of(2025, 3, 1));

    @Test
    void aCorrectionReplacesTheFieldsItNamesAndKeepsTheRest() {
        StepCorrected c = correction(Map.of("actedOn", TextNode.valueOf("2025-03-04"),
                "documentRef", TextNode.valueOf("CoP20 Inf. 12")));

        ConsultationCommentSubmitted corrected = c.applyTo(COMMENT);

        assertThat(corrected.actedOn()).isEqualTo(LocalDate.of(2025, 3, 4));
        assertThat(corrected.documentRef()).isEqualTo(DocumentReference.of("CoP20 Inf. 12"));
        assertThat(corrected.text()).isEqualTo(COMMENT.text());
        assertThat(corrected.position()).isEqualTo(CommentPosition.SUPPORT);
        assertThat(COMMENT.actedOn()).as("the recorded step is untouched").isEqualTo(LocalDate.of(2025, 3, 1));
    }

    @Test
    void aValueThatDoesNotFitTheStepsContractIsRefused() {
        StepCorrected c = correction(Map.of("actedOn", TextNode.valueOf("the fourth of March")));

        assertThatThrownBy(() -> c.applyTo(COMMENT)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ConsultationCommentSubmitted");
    }

    @Test
    void everyCorrectableFieldIsAFieldOfItsStepAndNoneDecidesWhereTheItemStands() {
        int steps = 0;
        for (Class<? extends Record> contract : EventContracts.ALL) {
            var fields = CorrectableFields.of(contract);
            if (fields.isEmpty()) {
                continue;
            }
            steps++;
            var components = Arrays.stream(contract.getRecordComponents()).map(RecordComponent::getName).toList();
            assertThat(components).as(contract.getSimpleName()).containsAll(fields.get());
            assertThat(fields.get()).as(contract.getSimpleName()).contains("actedOn")
                    .doesNotContain("position", "programme", "activityCodes", "staffMember")
                    .noneMatch(f -> f.endsWith("Id") || f.endsWith("By") || f.equals("host") || f.equals("lender"));
        }
        assertThat(steps).as("the sixteen workflow steps").isEqualTo(16);
        assertThat(CorrectableFields.of(StepCorrected.class)).as("a correction is not corrected").isEmpty();
    }

    private static StepCorrected correction(Map<String, JsonNode> changes) {
        return new StepCorrected("CITES-CONS-2025-0003", "e1", EventContracts.typeName(COMMENT.getClass()),
                new LinkedHashMap<>(changes), "Sent on 4 March.", LocalDate.of(2026, 11, 30));
    }

}
