package org.jwp.ledger.node.audit;

import org.jwp.ledger.format.Checkpoint;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jwp.ledger.node.ledger.NodeIdentity;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The last checkpoint this node signed, kept in its data folder as well as in its database
 * ({@code LEDGER_DATA_DIR/integrity/last-signed-checkpoint.json}): a database superuser who rewrites an event,
 * recomputes the chain and deletes every checkpoint at and after it leaves the node nothing in the database to
 * compare with, and a start with the peer unreachable would then sign the rewritten chain. The self-check compares
 * the stored chain with this file before anything else (docs/security.md).
 */
@Component
public class SignedMark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path file;

    SignedMark(NodeIdentity identity) {
        this.file = identity.dataDir().resolve("integrity").resolve("last-signed-checkpoint.json").toAbsolutePath();
    }

    public Path file() {
        return file;
    }

    /** Written after each checkpoint is stored: replaced whole (a new file moved over the old), never half-written. */
    public synchronized void keep(Checkpoint c) {
        Optional<Checkpoint> before = read();
        if (before.isPresent() && before.get().sequence() > c.sequence()) {
            return; // an older checkpoint answered again (signNow on a covered head) never lowers the mark
        }
        try {
            Files.createDirectories(file.getParent());
            Path next = file.resolveSibling(file.getFileName() + ".next");
            Files.write(next, JSON.writeValueAsBytes(c));
            try {
                Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(next, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the last signed checkpoint in " + file, e);
        }
    }

    /** The kept checkpoint, or empty if this node never signed one with this data folder. */
    public synchronized Optional<Checkpoint> read() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), Checkpoint.class));
        } catch (IOException e) {
            throw new UncheckedIOException("the last signed checkpoint kept in " + file + " is unreadable", e);
        }
    }
}
