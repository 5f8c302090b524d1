package org.jwp.ledger.node.support;

import com.fasterxml.jackson.databind.JsonNode;
import org.jwp.ledger.events.Secretariat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A test node in an operating-system process of its own (this JVM's class path, the same arguments as a
 * {@link RunningNode}): two instances on one database then share nothing but PostgreSQL, as in a deployment.
 */
public final class NodeProcess implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final String baseUrl;

    private NodeProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.baseUrl = "http://127.0.0.1:" + port;
    }

    /** Starts the node and waits until it records (after comparing with its peers, if any were given). */
    public static NodeProcess start(Secretariat secretariat, String databaseUrl, String... extraArgs) {
        int port = RunningNode.freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx384m", "-cp", System.getProperty("java.class.path"),
                NodeMain.class.getName()));
        List<String> args = new ArrayList<>(List.of(extraArgs));
        args.add("--server.port=" + port);
        command.addAll(RunningNode.arguments(secretariat, databaseUrl, args.toArray(String[]::new)));
        try {
            Path log = Files.createTempFile("node-process-" + secretariat.name().toLowerCase(), ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            NodeProcess node = new NodeProcess(process, log, port);
            node.awaitWritable();
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitWritable() {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                .ignoreExceptionsMatching(e -> !(e instanceof ProcessEnded)).until(() -> {
                    if (!process.isAlive()) {
                        throw new ProcessEnded(tail());
                    }
                    return "OPEN".equals(http("auditor").get("/api/audit/recovery").json().path("writes").asText());
                });
    }

    /** Not worth waiting on: the process is gone. */
    private static final class ProcessEnded extends IllegalStateException {
        ProcessEnded(String log) {
            super("the node process ended:\n" + log);
        }
    }

    public Http http(String user) {
        return new Http(baseUrl, user);
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** A counter or gauge of the process's Micrometer registry, as an administrator reads it. */
    public double metric(String name) {
        JsonNode m = http("admin").get("/actuator/metrics/" + name).json();
        return m.get("measurements").get(0).get("value").asDouble();
    }

    /** SIGSTOP: the process stands still, its connections and sockets open, as a machine that froze would. */
    public void pause() {
        signal("-STOP");
    }

    /** SIGCONT: the process goes on from where it stood, unaware of the time that passed. */
    public void resume() {
        signal("-CONT");
    }

    private void signal(String which) {
        try {
            int code = new ProcessBuilder("kill", which, Long.toString(process.pid())).inheritIO().start().waitFor();
            if (code != 0) {
                throw new IllegalStateException("kill " + which + " " + process.pid() + " exited with " + code);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Everything the process has logged so far. */
    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
