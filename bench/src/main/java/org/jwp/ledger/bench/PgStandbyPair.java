package org.jwp.ledger.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A PostgreSQL 15 primary and its streaming standby, made by the harness on two free ports with the server's own
 * tools: {@code initdb} for the primary, {@code pg_basebackup -R} for the standby, which then streams from the
 * primary as the synchronous standby ({@code synchronous_standby_names}): a commit is answered only once the
 * standby has its WAL. The machine's cluster is left alone. As root, the tools run as the {@code postgres} user
 * (PostgreSQL refuses to run as root).
 */
final class PgStandbyPair implements AutoCloseable {

    private static final String BIN = System.getenv().getOrDefault("LEDGER_PG_BIN", "/usr/lib/postgresql/15/bin");
    private static final String STANDBY_NAME = "standby1";

    final int primaryPort;
    final int standbyPort;
    private final Path dir;
    private final Path log;
    private final List<Path> started = new ArrayList<>();

    private PgStandbyPair(Path dir, Path log, int primaryPort, int standbyPort) {
        this.dir = dir;
        this.log = log;
        this.primaryPort = primaryPort;
        this.standbyPort = standbyPort;
    }

    /** Makes and starts both, and waits until the standby streams synchronously. */
    static PgStandbyPair create(Path logs) throws Exception {
        Path dir = Files.createTempDirectory("ledger-pg-pair", PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxr-xr-x")));
        PgStandbyPair pair = new PgStandbyPair(dir, logs.resolve("pg-standby-pair.log"), Setup.freePort(),
                Setup.freePort());
        try {
            pair.make();
            return pair;
        } catch (Exception e) {
            pair.close();
            throw e;
        }
    }

    private void make() throws Exception {
        if (asRoot()) {
            run("chown", "postgres:postgres", dir.toString());
        }
        Path primary = dir.resolve("primary");
        Path standby = dir.resolve("standby");
        pg(BIN + "/initdb", "-D", primary.toString(), "-U", "postgres", "--auth=trust", "--no-sync");
        conf(primary, primaryPort, "wal_level = replica\nmax_wal_senders = 4\nautovacuum = on\n");
        pgCtl(primary, "start");
        pg(BIN + "/pg_basebackup", "-h", "127.0.0.1", "-p", Integer.toString(primaryPort), "-U", "postgres", "-D",
                standby.toString(), "-R", "-X", "stream", "--checkpoint=fast", "--no-sync");
        // -R wrote primary_conninfo; the standby names itself so the primary can wait for it by name.
        conf(standby, standbyPort, "primary_conninfo = 'host=127.0.0.1 port=" + primaryPort
                + " user=postgres application_name=" + STANDBY_NAME + "'\n");
        pgCtl(standby, "start");
        try (Connection c = connect(primaryPort, "postgres"); Statement s = c.createStatement()) {
            s.execute("alter system set synchronous_standby_names = '" + STANDBY_NAME + "'");
            s.execute("select pg_reload_conf()");
        }
        if (!ChaosPair.await(() -> "sync".equals(syncState()), 60)) {
            throw new IllegalStateException("the standby did not become synchronous; see " + log);
        }
    }

    /** The primary's view of its standby: {@code sync}, {@code async}, or empty when none streams. */
    String syncState() {
        try (Connection c = connect(primaryPort, "postgres"); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select sync_state from pg_stat_replication where application_name = '"
                     + STANDBY_NAME + "'")) {
            return r.next() ? r.getString(1) : "";
        } catch (SQLException down) {
            return "";
        }
    }

    /** A node's URL naming both servers: the driver connects to whichever is the primary now. */
    String nodeUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + primaryPort + ",127.0.0.1:" + standbyPort + "/" + database
                + "?targetServerType=primary&hostRecheckSeconds=2&connectTimeout=5";
    }

    static Connection connect(int port, String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database, "postgres", "");
    }

    void createDatabase(String database) throws SQLException {
        try (Connection c = connect(primaryPort, "postgres"); Statement s = c.createStatement()) {
            s.execute("create database " + database);
        }
    }

    /** The primary's server stops at once, as if its machine failed: no checkpoint, no goodbye to the clients. */
    void crashPrimary() throws Exception {
        pg(BIN + "/pg_ctl", "-D", dir.resolve("primary").toString(), "stop", "-m", "immediate", "-w");
    }

    /** The standby becomes the primary (what an operator, or a failover manager, does next). */
    void promoteStandby() throws Exception {
        pg(BIN + "/pg_ctl", "-D", dir.resolve("standby").toString(), "promote", "-w");
    }

    boolean standbyIsPrimary() {
        try (Connection c = connect(standbyPort, "postgres"); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select not pg_is_in_recovery()")) {
            return r.next() && r.getBoolean(1);
        } catch (SQLException down) {
            return false;
        }
    }

    private void conf(Path cluster, int port, String extra) throws Exception {
        Path file = cluster.resolve("postgresql.auto.conf");
        String settings = "port = " + port + "\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '"
                + dir + "'\n" + extra;
        // Appended by the cluster's owner: later lines of the file win over earlier ones.
        pg("sh", "-c", "printf '%s' \"$0\" >> " + file, settings);
    }

    private void pgCtl(Path cluster, String action) throws Exception {
        started.add(cluster);
        pg(BIN + "/pg_ctl", "-D", cluster.toString(), "-l", cluster + ".log", action, "-w", "-t", "60");
    }

    private void pg(String... command) throws Exception {
        List<String> c = new ArrayList<>();
        if (asRoot()) {
            c.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        c.addAll(List.of(command));
        run(c.toArray(String[]::new));
    }

    private void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited " + p.exitValue() + "; see " + log);
        }
    }

    private static boolean asRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    @Override
    public void close() throws IOException {
        for (Path cluster : started) {
            try {
                pg(BIN + "/pg_ctl", "-D", cluster.toString(), "stop", "-m", "immediate", "-w");
            } catch (Exception alreadyStopped) {
                // crashed on purpose, or never started
            }
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }
}
