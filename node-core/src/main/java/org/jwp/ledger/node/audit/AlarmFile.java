package org.jwp.ledger.node.audit;

import org.jwp.ledger.node.ledger.NodeIdentity;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * An integrity alarm kept in the data folder ({@code LEDGER_DATA_DIR/integrity/ALARM}), so that FAILED survives a
 * restart: a node whose chain broke what it signed stays closed, on every instance sharing the folder, until an
 * administrator has looked and removed the file (docs/operations.md, "After an integrity alarm").
 */
@Component
public class AlarmFile {

    private final Path file;

    AlarmFile(NodeIdentity identity) {
        this.file = identity.dataDir().resolve("integrity").resolve("ALARM").toAbsolutePath();
    }

    public Path file() {
        return file;
    }

    void write(String reason) {
        try {
            Files.createDirectories(file.getParent());
            if (!Files.exists(file)) { // the first alarm says where it began; later ones follow from it
                Files.writeString(file, reason + "\n", StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the integrity alarm in " + file, e);
        }
    }

    /** The alarm's reason, if one is kept. */
    public Optional<String> read() {
        try {
            return Files.exists(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip())
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.of("an integrity alarm is kept in " + file + " but cannot be read: " + e.getMessage());
        }
    }
}
