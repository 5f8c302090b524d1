package org.jwp.ledger.node.config;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.junit.jupiter.api.Test;
import org.jwp.ledger.events.progress.ActivityResultRecorded;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which event types a projection's processor reads the content of: exactly what its handlers take. */
class HandledTypesTest {

    @Test
    void theCommitmentsProjectionReadsItsWorkflowEventsAndNoActivityResult() throws ClassNotFoundException {
        Set<String> types = HandledTypes.of(Class.forName("org.jwp.ledger.node.commitment.CommitmentProjection"))
                .orElseThrow();
        assertThat(types).contains("org.jwp.ledger.events.consultation.ConsultationRequested",
                "org.jwp.ledger.events.correction.StepCorrected");
        assertThat(types).doesNotContain(ActivityResultRecorded.class.getName());
    }

    @Test
    void aHandlerThatCouldTakeAnyEventMakesTheProcessorReadEverything() {
        class Everything {
            @EventHandler
            void on(ActivityResultRecorded e) {
            }

            @EventHandler
            void on(EventMessage<?> any) {
            }
        }
        assertThat(HandledTypes.of(Everything.class)).isEmpty();
    }

    @Test
    void aPayloadTypeGivenOnTheAnnotationCounts() {
        class ByAnnotation {
            @EventHandler(payloadType = ActivityResultRecorded.class)
            void on() {
            }
        }
        assertThat(HandledTypes.of(ByAnnotation.class)).contains(Set.of(ActivityResultRecorded.class.getName()));
    }

    @Test
    void theFilteredReadKeepsEveryRowAndOnlyTheHandledContent() {
        TypeFilteredReads reads = new TypeFilteredReads(EventSchema.builder().build(),
                Set.of(ActivityResultRecorded.class.getName()));
        assertThat(reads.select())
                .contains("CASE WHEN payloadType in ('" + ActivityResultRecorded.class.getName() + "') THEN payload ")
                .contains("WHERE (globalIndex > ? AND globalIndex <= ?)")
                .doesNotContain("payloadType in (?");
    }

    @Test
    void anythingButAClassNameIsRefusedAsAType() {
        assertThatThrownBy(() -> new TypeFilteredReads(EventSchema.builder().build(), Set.of("x') or true --")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
