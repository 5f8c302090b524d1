package org.jwp.ledger.node.config;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.node.support.RunningNode;
import org.springframework.util.ReflectionUtils;

import java.lang.reflect.Field;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each projection reads the store through a source of its own, straight from the database: no read-ahead producer
 * shared between consumers (there is one consumer), which kept a far-behind projection's whole backlog in memory
 * and ran a 512 MB node out of it when its read models resumed after a catch-up (bench P2, 2026-12-02).
 */
class ProcessorSourcesIT {

    private static RunningNode cites;

    @BeforeAll
    static void aNodeThatProjectedSomeResults() {
        cites = RunningNode.start(Secretariat.CITES);
        for (int i = 0; i < 5; i++) {
            assertThat(cites.recordResult(i).status()).isEqualTo(201);
        }
        cites.awaitProjected();
    }

    @AfterAll
    static void stop() {
        cites.close();
    }

    @Test
    void everyProjectionReadsItsEventsWithoutASharedReadAhead() {
        List<TrackingEventProcessor> processors = cites.bean(EventProcessingConfiguration.class).eventProcessors()
                .values().stream().filter(TrackingEventProcessor.class::isInstance)
                .map(TrackingEventProcessor.class::cast).toList();
        assertThat(processors).extracting(TrackingEventProcessor::getName)
                .contains("activity-results", "commitments", "search");
        Field producerStarted = ReflectionUtils.findField(EmbeddedEventStore.class, "producerStarted");
        ReflectionUtils.makeAccessible(producerStarted);
        for (TrackingEventProcessor p : processors) {
            assertThat(p.getMessageSource()).as(p.getName()).isInstanceOf(EmbeddedEventStore.class)
                    .isNotSameAs(cites.bean(org.axonframework.eventsourcing.eventstore.EventStore.class));
            AtomicBoolean started = (AtomicBoolean) ReflectionUtils.getField(producerStarted, p.getMessageSource());
            assertThat(started.get()).as(p.getName() + " handled events without the shared read-ahead").isFalse();
        }
    }
}
