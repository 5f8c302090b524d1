package org.jwp.ledger.node.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A fresh PostgreSQL database per node under test. With {@code LEDGER_TEST_DB_URL} (a server, user postgres) the
 * databases are created there and dropped when the JVM ends, so runs never see each other's data; without it one
 * embedded PostgreSQL (real 15.x binaries) serves the whole test JVM.
 */
public final class TestDatabases {

    public static final String SERVER_URL_VARIABLE = "LEDGER_TEST_DB_URL";

    private static EmbeddedPostgres embedded;
    private static final List<String> created = new ArrayList<>();
    private static boolean hooked;

    private TestDatabases() {
    }

    /** JDBC URL of a new, empty database; user {@code postgres}, no password. */
    public static synchronized String newDatabase() {
        String admin = adminUrl();
        String name = "ledger_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(admin, "create database " + name);
        created.add(name);
        if (!hooked) {
            Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::cleanUp, "test-databases-cleanup"));
            hooked = true;
        }
        return withDatabase(admin, name);
    }

    /**
     * A cold backup of a database no one is connected to (stop its node first): PostgreSQL copies it as a new
     * database. Returns the copy's URL.
     */
    public static synchronized String backup(String databaseUrl) {
        String name = "ledger_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(adminUrl(), "create database " + name + " template " + nameOf(databaseUrl));
        created.add(name);
        return withDatabase(adminUrl(), name);
    }

    /** Replaces a database (no one connected) with a copy of a backup taken by {@link #backup}. */
    public static synchronized void restore(String backupUrl, String databaseUrl) {
        execute(adminUrl(), "drop database " + nameOf(databaseUrl) + " with (force)");
        execute(adminUrl(), "create database " + nameOf(databaseUrl) + " template " + nameOf(backupUrl));
    }

    private static String nameOf(String url) {
        String path = url.substring(url.indexOf('/', "jdbc:postgresql://".length()) + 1);
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }

    public static boolean onServer() {
        String url = System.getenv(SERVER_URL_VARIABLE);
        return url != null && !url.isBlank();
    }

    private static String adminUrl() {
        if (onServer()) {
            return System.getenv(SERVER_URL_VARIABLE);
        }
        if (embedded == null) {
            try {
                embedded = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start embedded PostgreSQL for the tests", e);
            }
        }
        return embedded.getJdbcUrl("postgres", "postgres");
    }

    static String withDatabase(String url, String database) {
        int start = url.indexOf('/', "jdbc:postgresql://".length());
        if (start < 0) {
            return url + "/" + database;
        }
        int end = url.indexOf('?', start);
        return url.substring(0, start + 1) + database + (end < 0 ? "" : url.substring(end));
    }

    private static synchronized void cleanUp() {
        if (onServer()) {
            for (String name : created) {
                try {
                    execute(adminUrl(), "drop database if exists " + name + " with (force)");
                } catch (RuntimeException e) {
                    System.err.println("could not drop test database " + name + ": " + e.getMessage());
                }
            }
        }
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                System.err.println("could not stop embedded PostgreSQL: " + e.getMessage());
            }
        }
    }

    private static void execute(String url, String sql) {
        try (Connection c = DriverManager.getConnection(url, "postgres", "");
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run '" + sql + "' on " + url, e);
        }
    }
}
