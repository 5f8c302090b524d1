package org.jwp.ledger.bench;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Samples each running node's used heap twice a second (the node's own metric) and keeps the peak. */
final class HeapSampler implements AutoCloseable {

    private final Map<String, Api> nodes = new ConcurrentHashMap<>();
    private final Map<String, Double> peakMb = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean running = true;

    HeapSampler() {
        thread = new Thread(this::sample, "heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    void watch(String name, Api api) {
        nodes.put(name, api);
    }

    void forget(String name) {
        nodes.remove(name);
    }

    Map<String, Double> peaks() {
        return Map.copyOf(peakMb);
    }

    private void sample() {
        while (running) {
            nodes.forEach((name, api) -> {
                try {
                    double mb = api.json("/actuator/metrics/jvm.memory.used?tag=area:heap")
                            .at("/measurements/0/value").asDouble() / (1024 * 1024);
                    peakMb.merge(name, mb, Math::max);
                } catch (Exception stoppedOrBusy) {
                    // a node between runs; the next sample counts
                }
            });
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
