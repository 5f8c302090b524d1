package org.jwp.ledger.node.ledger;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.events.progress.ActivityResultRecorded;
import org.jwp.ledger.node.support.RunningNode;
import org.jwp.ledger.node.support.TestDatabases;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A projection handler that fails is retried on the same event, never skipped (Axon's default would log and skip). */
class ProjectionFailureIT {

    /** Fails the first time it sees each event, then records it. */
    @ProcessingGroup("failure-probe")
    static class FlakyProjection {
        final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
        final List<String> applied = new CopyOnWriteArrayList<>();

        @EventHandler
        void on(ActivityResultRecorded e, EventMessage<?> m) {
            if (attempts.computeIfAbsent(m.getIdentifier(), k -> new AtomicInteger()).incrementAndGet() == 1) {
                throw new IllegalStateException("projection store unavailable (simulated)");
            }
            applied.add(e.resultId());
        }
    }

    @Configuration
    static class Probe {
        @Bean
        FlakyProjection flakyProjection() {
            return new FlakyProjection();
        }
    }

    private static RunningNode cms;

    @BeforeAll
    static void start() {
        cms = RunningNode.start(Secretariat.CMS, TestDatabases.newDatabase(), new Class<?>[]{Probe.class});
    }

    @AfterAll
    static void stop() {
        cms.close();
    }

    @Test
    void aFailingHandlerIsRetriedOnTheSameEventUntilItSucceeds() {
        String first = record("First");
        String second = record("Second");

        FlakyProjection probe = cms.bean(FlakyProjection.class);
        // A failure rolls back the whole batch it was in and retries it: this in-memory probe may see an event of the
        // batch twice (the projections' own writes roll back with the batch's transaction); none is ever skipped.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(probe.applied.stream().distinct().toList()).containsExactly(first, second));
        assertThat(probe.attempts.values()).allSatisfy(n -> assertThat(n.get()).isGreaterThanOrEqualTo(2));
    }

    private static String record(String text) {
        return cms.http("cms-officer").post("/api/activities/D2/results",
                "{\"programme\":\"2021-2025\",\"year\":2024,\"text\":\"" + text + "\",\"joint\":false}")
                .json().get("id").asText();
    }
}
