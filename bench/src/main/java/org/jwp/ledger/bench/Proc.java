package org.jwp.ledger.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A process the harness starts: a node, the vanilla baseline, pgbench, the offline verifier, sha256sum. */
final class Proc implements AutoCloseable {

    private final String name;
    private final Process process;
    private final Path log;

    private Proc(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    static Proc start(String name, List<String> command, Map<String, String> env, Path log) throws IOException {
        ProcessBuilder b = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        b.environment().putAll(env);
        return new Proc(name, b.start(), log);
    }

    /** Runs to the end; answers the seconds it took, or fails naming the log. */
    static double run(String name, List<String> command, Path log) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Proc p = start(name, command, Map.of(), log);
        int code = p.process.waitFor();
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (code != 0) {
            throw new IllegalStateException(name + " exited with " + code + "; see " + log);
        }
        return seconds;
    }

    static List<String> java(String heap, String... rest) {
        List<String> c = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-XX:+UseG1GC"));
        c.addAll(List.of(rest));
        return c;
    }

    long pid() {
        return process.pid();
    }

    void awaitHealthy(Api api) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped during start-up; see " + log);
            }
            if (api.healthy()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(name + " did not become healthy in 3 minutes; see " + log);
    }

    /** SIGKILL, as a crash or an out-of-memory killer would: no shutdown hooks, nothing finished gracefully. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
