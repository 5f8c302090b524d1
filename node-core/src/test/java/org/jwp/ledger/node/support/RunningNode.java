package org.jwp.ledger.node.support;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.node.LedgerNode;
import org.jwp.ledger.node.ledger.LedgerStore;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A real node (web server, Axon, its own PostgreSQL database) started in the test JVM. */
public final class RunningNode implements AutoCloseable {

    private final Secretariat secretariat;
    private final ConfigurableApplicationContext context;
    private final String baseUrl;

    private final boolean demo;
    private static final java.util.Map<String, Path> DATA_DIRS = new java.util.concurrent.ConcurrentHashMap<>();

    private RunningNode(Secretariat secretariat, ConfigurableApplicationContext context) {
        this.secretariat = secretariat;
        this.context = context;
        this.demo = context.getEnvironment().matchesProfiles("demo");
        int port = ((ServletWebServerApplicationContext) context).getWebServer().getPort();
        this.baseUrl = "http://127.0.0.1:" + port;
    }

    /** A node on a new database, once it records (after comparing with its peers, if any were given). */
    public static RunningNode start(Secretariat secretariat, String... extraArgs) {
        RunningNode node = start(secretariat, TestDatabases.newDatabase(), new Class<?>[0], extraArgs);
        node.awaitWritable();
        return node;
    }

    /** A node on a given database, with extra configuration classes (e.g. a probe projection). */
    public static RunningNode start(Secretariat secretariat, String databaseUrl, Class<?>[] extraSources,
                                    String... extraArgs) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(LedgerNode.class)
                .sources(extraSources)
                .run(arguments(secretariat, databaseUrl, extraArgs).toArray(String[]::new));
        return new RunningNode(secretariat, context);
    }

    /** The command line of a test node on a database: in this JVM, or in a process of its own ({@link NodeProcess}). */
    static List<String> arguments(Secretariat secretariat, String databaseUrl, String... extraArgs) {
        // One data folder per database, as in a deployment: a node started again on its database finds its
        // files (the personal-data key-encryption keys) where it left them.
        Path dataDir = DATA_DIRS.computeIfAbsent(databaseUrl + "|" + secretariat, k -> {
            try {
                return Files.createTempDirectory("ledger-" + secretariat.name().toLowerCase());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        List<String> args = new ArrayList<>(List.of(
                "--spring.config.import=classpath:ledger-node.properties",
                "--ledger.secretariat=" + secretariat,
                "--spring.datasource.url=" + databaseUrl,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--spring.main.banner-mode=off"));
        args.addAll(List.of(extraArgs));
        if (args.stream().noneMatch(a -> a.startsWith("--ledger.data-dir="))) {
            args.add("--ledger.data-dir=" + dataDir);
        }
        if (args.stream().noneMatch(a -> a.startsWith("--ledger.signing-key-file="))) {
            args.add("--ledger.signing-key-file=" + TestKeys.privateKeyFile(secretariat));
        }
        if (args.stream().noneMatch(a -> a.startsWith("--ledger.users") || a.startsWith("--spring.profiles"))) {
            args.add("--ledger.users-file=" + TestUsers.file());
        }
        if (args.stream().noneMatch(a -> a.startsWith("--ledger.recovery.peer-wait="))) {
            // A peer a test never starts keeps writes closed this long (the default is a minute).
            args.add("--ledger.recovery.peer-wait=PT3S");
        }
        if (args.stream().noneMatch(a -> a.startsWith("--server.port="))) {
            args.add("--server.port=0");
        }
        return args;
    }

    /** A free local port to fix a node's address before it starts, so its peer can be told where it will be. */
    public static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The arguments that make a node follow {@code peer} at {@code port}, sharing that pair's token. */
    public static String[] peerArgs(Secretariat peer, int port) {
        return new String[]{"--ledger.peers[0].id=" + peer, "--ledger.peers[0].url=http://127.0.0.1:" + port,
                "--ledger.peers[0].token=" + PAIR_TOKEN,
                "--ledger.peers[0].public-key=" + TestKeys.publicKeyPem(peer),
                // Test nodes talk over loopback; PeerTlsIT covers https:// and the refusal of plain http.
                "--ledger.peers[0].allow-plain-http=true"};
    }

    public static final String PAIR_TOKEN = "test-pair-token-0123456789";

    public String databaseUrl() {
        return bean(org.springframework.core.env.Environment.class).getProperty("spring.datasource.url");
    }

    /** Waits until the node has compared its chain with its peers (recovering if need be) and records. */
    public RunningNode awaitWritable() {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60))
                .pollInterval(java.time.Duration.ofMillis(100))
                .until(() -> "OPEN".equals(http("auditor").get("/api/audit/recovery").json().path("writes").asText()));
        return this;
    }

    /**
     * Waits until every tracking processor (projections, sagas) has handled all events stored so far: pages read
     * projections, which follow the store a moment after a command is answered.
     */
    public RunningNode awaitProjected() {
        long head = bean(EventStore.class).createHeadToken().position().orElse(-1);
        List<StreamingEventProcessor> processors = bean(EventProcessingConfiguration.class).eventProcessors()
                .values().stream().filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast).toList();
        if (processors.isEmpty()) {
            throw new IllegalStateException("no tracking processors to wait for");
        }
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .pollInterval(java.time.Duration.ofMillis(50))
                .until(() -> processors.stream().allMatch(processor -> reached(processor, head)));
        return this;
    }

    private static boolean reached(StreamingEventProcessor processor, long head) {
        return !processor.processingStatus().isEmpty() && processor.processingStatus().values().stream()
                .allMatch(status -> status.getCurrentPosition().orElse(-1) >= head);
    }

    public Secretariat secretariat() {
        return secretariat;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** Signed in as a test account, or on a demo-profile node as one of its demo accounts (password = name). */
    public Http http(String user) {
        if (demo && java.util.Set.of("recorder", "auditor", "admin", "approver").contains(user)) {
            return Http.withAuthorization(baseUrl, Http.basic(user, user));
        }
        return new Http(baseUrl, user);
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** Records one activity result ("Information exchange <i>"): the simplest one-event write. */
    public Http.Response recordResult(int i) {
        return http("officer").post("/api/activities/D2/results",
                "{\"programme\":\"2021-2025\",\"year\":2024,\"text\":\"Information exchange " + i
                        + "\",\"joint\":true}");
    }

    /** Signs a checkpoint now (an auditor's request), so that everything recorded so far is covered by one. */
    public void signCheckpoint() {
        Http.Response signed = http("auditor").post("/api/audit/checkpoints", null);
        if (signed.status() != 201) {
            throw new IllegalStateException("no checkpoint signed: " + signed);
        }
    }

    public JdbcTemplate jdbc() {
        return bean(JdbcTemplate.class);
    }

    public long eventCount() {
        return bean(LedgerStore.class).count();
    }

    @Override
    public void close() {
        context.close();
    }
}
