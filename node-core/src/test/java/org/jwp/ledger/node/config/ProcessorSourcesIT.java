package org.jwp.ledger.node.config;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.node.support.RunningNode;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each projection reads the store through a source of its own, straight from the database: no read-ahead producer
 * shared between consumers (there is one consumer), which kept a far-behind projection's whole backlog in memory
 * and ran a 512 MB node out of it when its read models resumed after a catch-up (bench P2, 2026-12-02). How such a
 * source waits at the head is {@code PollingEventStreamTest}'s.
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
        for (TrackingEventProcessor p : processors) {
            assertThat(p.getMessageSource()).as(p.getName() + " reads pages of its own, without a read-ahead")
                    .isInstanceOf(PollingEventSource.class)
                    .isNotInstanceOf(EmbeddedEventStore.class);
        }
    }
}
