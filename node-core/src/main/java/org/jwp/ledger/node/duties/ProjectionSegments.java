package org.jwp.ledger.node.duties;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Spreads the read models' work over the live instances of this node. Axon's tracking processors already share it
 * through their segment claims in {@code token_entry}: a segment is processed by the one instance that holds its
 * claim, and its token is stored in the same transaction as the read model's rows, only while the claim holds — so
 * no read model is updated twice for one event, and a dead instance's segments are taken by the others once its
 * claims time out. But whichever instance starts first claims every segment. Once per lease this instance counts the
 * live instances ({@link Duties#liveInstances()}) and, holding more than its fair share of all segments, releases
 * one for three leases (Axon's {@code releaseSegment}), so another instance's processor claims it. At the same
 * look it does the read models' resets left for the instance holding their claims ({@link ReadModelResets}).
 */
@Component
class ProjectionSegments implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ProjectionSegments.class);

    private final Duties duties;
    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;
    private final Duration lease;
    private final ReadModelResets resets;
    private ScheduledExecutorService balancer;

    ProjectionSegments(Duties duties, EventProcessingConfiguration processing, JdbcTemplate jdbc,
                       @Value("${ledger.duty.lease:PT6S}") Duration lease, ReadModelResets resets) {
        this.duties = duties;
        this.resets = resets;
        this.processing = processing;
        this.jdbc = jdbc;
        this.lease = lease;
    }

    void balance() {
        List<StreamingEventProcessor> processors = processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast).toList();
        if (processors.isEmpty()) {
            return;
        }
        resets.doWhatIsLeft(processors.stream().filter(TrackingEventProcessor.class::isInstance)
                .map(TrackingEventProcessor.class::cast).toList());
        Integer segments = jdbc.queryForObject("select count(*) from token_entry where processor_name = any(?)",
                Integer.class, (Object) processors.stream().map(StreamingEventProcessor::getName)
                        .toArray(String[]::new));
        int live = duties.liveInstances();
        int held = processors.stream().mapToInt(p -> p.processingStatus().size()).sum();
        if (beyondShare(segments == null ? 0 : segments, live, held)) {
            StreamingEventProcessor busiest = processors.stream()
                    .max(Comparator.comparingInt(p -> p.processingStatus().size())).orElseThrow();
            busiest.processingStatus().keySet().stream().findFirst().ifPresent(segment -> {
                log.info("Holding {} of {} read-model segments with {} instances live: releasing {} segment {} for "
                        + "another instance", held, segments, live, busiest.getName(), segment);
                busiest.releaseSegment(segment, lease.toMillis() * 3, TimeUnit.MILLISECONDS);
            });
        }
        duties.forgetGoneInstances();
    }

    /** Whether an instance holding {@code held} of all {@code segments} holds more than its share among {@code live}. */
    static boolean beyondShare(int segments, int live, int held) {
        return held > (segments + Math.max(live, 1) - 1) / Math.max(live, 1);
    }

    private void balanceQuietly() {
        try {
            balance();
        } catch (RuntimeException e) {
            log.debug("Could not balance the read models' segments now: {}", e.getMessage());
        }
    }

    @Override
    public synchronized void start() {
        balancer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "segment-balancer");
            t.setDaemon(true);
            return t;
        });
        balancer.scheduleWithFixedDelay(this::balanceQuietly, lease.toMillis(), lease.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (balancer != null) {
            balancer.shutdownNow();
            balancer = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return balancer != null;
    }
}
