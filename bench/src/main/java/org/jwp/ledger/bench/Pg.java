package org.jwp.ledger.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The machine's PostgreSQL, where every workload gets fresh databases of its own. */
final class Pg {

    static final String SERVER = System.getenv().getOrDefault("LEDGER_BENCH_DB", "jdbc:postgresql://127.0.0.1:5432/");
    static final String USER = System.getenv().getOrDefault("LEDGER_BENCH_DB_USER", "postgres");

    private Pg() {
    }

    static String url(String database) {
        return SERVER + database;
    }

    static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(url(database), USER, "");
    }

    static void recreate(String database) throws SQLException {
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + database + " with (force)");
            s.execute("create database " + database);
        }
    }

    static long count(String database, String sql) throws SQLException {
        try (Connection c = connect(database); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    static void vacuumAnalyze(String database) throws SQLException {
        try (Connection c = connect(database); Statement s = c.createStatement()) {
            s.execute("vacuum (analyze)");
        }
    }

    static String version() throws SQLException {
        return setting("server_version");
    }

    static String setting(String name) throws SQLException {
        try (Connection c = connect("postgres"); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("show " + name)) {
            r.next();
            return r.getString(1);
        }
    }
}
