package org.jwp.ledger.bench;

import org.jwp.ledger.format.GenerateKeys;
import org.jwp.ledger.node.security.TokenHash;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What every node of a run shares: keys, the bench account (a bearer token), the jars, a work folder. */
final class Setup {

    static final String PAIR_TOKEN = "bench-pair-token-" + Long.toHexString(new SecureRandom().nextLong());

    final Path root;
    final Path work;
    final Path usersFile;
    final String token;
    /** Extra environment for every node this setup starts. */
    final Map<String, String> nodeEnv = new LinkedHashMap<>();
    /** Extra JVM options for every node this setup starts. */
    final List<String> nodeJvm = new ArrayList<>();

    Setup(Path root) throws IOException {
        this.root = root;
        this.work = Files.createTempDirectory("ledger-bench");
        for (String node : List.of("cites", "cms")) {
            GenerateKeys.main(new String[]{work.resolve("keys").resolve(node).toString()});
        }
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        this.usersFile = work.resolve("users");
        Files.writeString(usersFile, "bench:" + new BCryptPasswordEncoder(10).encode(token) + ":RECORDER,AUDITOR,ADMIN:"
                + TokenHash.of(token) + "\n");
    }

    /** The offline verifier an auditor downloads (ledger-format's own jar). */
    Path verifierJar() {
        return root.resolve("ledger-format/target/ledger-verify.jar");
    }

    Path jar(String node) {
        return root.resolve(node + "-node/target/" + node + "-node.jar");
    }

    Path benchJar() {
        return root.resolve("bench/target/bench.jar");
    }

    Path key(String node) {
        return work.resolve("keys").resolve(node + ".pem");
    }

    Path publicKey(String node) {
        return work.resolve("keys").resolve(node + ".pub.pem");
    }

    /**
     * A database made anew, and the data folder a node keeps beside it emptied: a node keeps the last checkpoint it
     * signed there and would (rightly) wait for a peer to hand back the events an emptied database lost.
     */
    void fresh(String database) throws java.sql.SQLException, IOException {
        Pg.recreate(database);
        Path data = work.resolve(database);
        if (Files.exists(data)) {
            try (var files = Files.walk(data)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    Path log(String name) {
        return work.resolve(name + ".log");
    }

    /** Starts a node as its own process, -Xmx512m, on its own database, following {@code peerPort} if given. */
    Proc node(String node, String database, int port, Integer peerPort) throws IOException, InterruptedException {
        Proc p = start(node, database, port, peerPort);
        try {
            p.awaitHealthy(api(port));
        } catch (RuntimeException | InterruptedException e) {
            p.kill(); // not left running: a later run on a database of the same name would meet it there
            throw e;
        }
        return p;
    }

    /** Starts a node without waiting for it (to watch what it does while it starts). */
    Proc start(String node, String database, int port, Integer peerPort) throws IOException {
        return start(node, database, Pg.url(database), port, peerPort);
    }

    /** As {@link #start(String, String, int, Integer)}, on the database at {@code url} (named {@code database}). */
    Proc start(String node, String database, String url, int port, Integer peerPort) throws IOException {
        String peer = node.equals("cites") ? "cms" : "cites";
        Map<String, String> env = new LinkedHashMap<>(Map.of("SERVER_PORT", Integer.toString(port),
                "SPRING_DATASOURCE_URL", url, "SPRING_DATASOURCE_USERNAME", Pg.USER,
                "SPRING_DATASOURCE_PASSWORD", "", "LEDGER_DATA_DIR", work.resolve(database).toString(),
                "LEDGER_SIGNING_KEY_FILE", key(node).toString(), "LEDGER_USERS_FILE", usersFile.toString()));
        env.putAll(nodeEnv);
        if (peerPort != null) {
            env.putAll(Map.of("LEDGER_PEERS_0_ID", peer.toUpperCase(), "LEDGER_PEERS_0_URL",
                    "http://127.0.0.1:" + peerPort, "LEDGER_PEERS_0_TOKEN", PAIR_TOKEN,
                    "LEDGER_PEERS_0_PUBLIC_KEY", Files.readString(publicKey(peer)),
                    // Benchmark and chaos nodes talk over loopback on this machine.
                    "LEDGER_PEERS_0_ALLOW_PLAIN_HTTP", "true"));
        }
        List<String> args = new ArrayList<>(nodeJvm);
        args.addAll(Profile.current().jvm(node + "-" + database));
        args.addAll(List.of("-jar", jar(node).toString()));
        return Proc.start(node, Proc.java("512m", args.toArray(String[]::new)), env, log(node + "-" + database));
    }

    Api api(int port) {
        return new Api("http://127.0.0.1:" + port, token);
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
