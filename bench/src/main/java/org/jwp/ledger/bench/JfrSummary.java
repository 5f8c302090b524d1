package org.jwp.ledger.bench;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One flight recording read once and summarised per phase of the run: where the process's CPU samples were (by
 * thread, by method on top of the stack, by package, and by the ledger's own methods anywhere in the stack), how
 * busy the process and the machine were, and the garbage collector's pauses.
 */
final class JfrSummary {

    private static final int MIN_SAMPLES = 50;

    private final Map<String, Integer> threads = new HashMap<>();
    private final Map<String, Integer> self = new HashMap<>();
    private final Map<String, Integer> packages = new HashMap<>();
    private final Map<String, Integer> ours = new HashMap<>();
    private int samples;
    private double jvmCpu;
    private double machineCpu;
    private int cpuReadings;
    private double gcMillis;

    private JfrSummary() {
    }

    /** Per phase (by name), the recording's summary for that phase, or nothing where it ran too little then. */
    static Map<String, String> of(Path jfr, List<Profile.Phase> phases) throws IOException {
        Map<String, JfrSummary> byPhase = new LinkedHashMap<>();
        try (RecordingFile file = new RecordingFile(jfr)) {
            while (file.hasMoreEvents()) {
                RecordedEvent e = file.readEvent();
                Profile.Phase p = phaseOf(e.getStartTime(), phases);
                if (p != null) {
                    byPhase.computeIfAbsent(p.name(), k -> new JfrSummary()).add(e);
                }
            }
        } catch (IOException e) {
            return Map.of(phases.get(0).name(), "\n`" + jfr.getFileName() + "`: unreadable (" + e.getMessage()
                    + ")\n");
        }
        Map<String, String> out = new HashMap<>();
        byPhase.forEach((phase, s) -> {
            if (s.samples >= MIN_SAMPLES) {
                out.put(phase, s.markdown(jfr.getFileName().toString()));
            }
        });
        return out;
    }

    private static Profile.Phase phaseOf(Instant t, List<Profile.Phase> phases) {
        for (Profile.Phase p : phases) {
            if (!t.isBefore(p.start()) && t.isBefore(p.end())) {
                return p;
            }
        }
        return null;
    }

    private void add(RecordedEvent e) {
        switch (e.getEventType().getName()) {
            case "jdk.ExecutionSample" -> sample(e);
            case "jdk.CPULoad" -> {
                jvmCpu += e.getFloat("jvmUser") + e.getFloat("jvmSystem");
                machineCpu += e.getFloat("machineTotal");
                cpuReadings++;
            }
            case "jdk.GarbageCollection" -> gcMillis += e.getDuration("sumOfPauses").toNanos() / 1e6;
            default -> {
            }
        }
    }

    private void sample(RecordedEvent e) {
        samples++;
        String thread = e.getThread("sampledThread") == null ? "?" : e.getThread("sampledThread").getJavaName();
        threads.merge(thread == null ? "?" : thread.replaceAll("\\d+", "#"), 1, Integer::sum);
        RecordedStackTrace stack = e.getStackTrace();
        if (stack == null || stack.getFrames().isEmpty()) {
            return;
        }
        RecordedFrame top = stack.getFrames().get(0);
        self.merge(method(top), 1, Integer::sum);
        packages.merge(pkg(top), 1, Integer::sum);
        Set<String> seen = new HashSet<>();
        for (RecordedFrame f : stack.getFrames()) {
            String m = method(f);
            if (m.startsWith("org.jwp.") && seen.add(m)) {
                ours.merge(m, 1, Integer::sum);
            }
        }
    }

    private static String method(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    private static String pkg(RecordedFrame f) {
        String[] parts = f.getMethod().getType().getName().split("\\.");
        return String.join(".", java.util.Arrays.copyOf(parts, Math.min(3, parts.length - 1)));
    }

    private String markdown(String file) {
        StringBuilder out = new StringBuilder(String.format("%n`%s`: %,d CPU samples; this process %.0f %% and the "
                + "machine %.0f %% of all cores on average; GC pauses %.0f ms%n%n", file, samples,
                100 * jvmCpu / Math.max(1, cpuReadings), 100 * machineCpu / Math.max(1, cpuReadings), gcMillis));
        out.append(line("threads", threads, 8));
        out.append(line("top of the stack, by package", packages, 8));
        out.append(line("top of the stack, by method", self, 8));
        out.append(line("the ledger's methods anywhere in the stack", ours, 12));
        return out.toString();
    }

    private String line(String title, Map<String, Integer> counts, int limit) {
        StringBuilder out = new StringBuilder("- ").append(title).append(": ");
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(limit)
                .forEach(e -> out.append(String.format("`%s` %.0f %%, ", shorten(e.getKey()),
                        100.0 * e.getValue() / samples)));
        out.setLength(out.length() - 2);
        return out.append('\n').toString();
    }

    private static String shorten(String name) {
        return name.replace("org.jwp.ledger.", "").replace("org.springframework.", "spring.")
                .replace("org.axonframework.", "axon.");
    }
}
