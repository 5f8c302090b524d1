package org.jwp.ledger.node.config;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;

/**
 * The embedded PostgreSQL's superuser password: generated once into {@code LEDGER_DATA_DIR/postgres.password}
 * (readable by its owner only), set on the server, and required from then on for every connection (the embedding
 * library's {@code initdb} trusts every local user; {@code pg_hba.conf} is rewritten to scram-sha-256).
 */
final class EmbeddedPassword {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPassword.class);
    private static final String HBA = """
            # Written by the ledger node: every connection needs the password in ../postgres.password.
            local all all scram-sha-256
            host  all all 127.0.0.1/32 scram-sha-256
            host  all all ::1/128 scram-sha-256
            """;

    private final Path file;
    private final String value;

    private EmbeddedPassword(Path file, String value) {
        this.file = file;
        this.value = value;
    }

    static EmbeddedPassword in(Path dataDir) {
        Path file = dataDir.resolve("postgres.password").toAbsolutePath();
        try {
            if (!Files.exists(file)) {
                byte[] random = new byte[24];
                new SecureRandom().nextBytes(random);
                Files.createDirectories(file.getParent());
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(file, Base64.getUrlEncoder().withoutPadding().encodeToString(random));
            }
            return new EmbeddedPassword(file, Files.readString(file, StandardCharsets.US_ASCII).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create or read the embedded database's password " + file, e);
        }
    }

    Path file() {
        return file;
    }

    String value() {
        return value;
    }

    /** Sets the password and requires it, unless the data folder already does (a folder made by an older version). */
    void enforce(EmbeddedPostgres pg) throws IOException {
        Path hba = null;
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            var rs = s.executeQuery("show hba_file");
            rs.next();
            hba = Path.of(rs.getString(1));
            if (Files.readString(hba).equals(HBA)) {
                return;
            }
            s.execute("alter user postgres password '" + value.replace("'", "''") + "'");
            Files.writeString(hba, HBA);
            s.execute("select pg_reload_conf()");
            log.info("Embedded PostgreSQL now requires the password in {}", file);
        } catch (SQLException e) {
            throw new IOException("cannot set the embedded database's password (" + hba + ")", e);
        }
    }
}
