package org.jwp.ledger.node.personaldata;

import org.jwp.ledger.node.ledger.NodeIdentity;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The key-encryption keys that wrap every person's key in the database (docs/personal-data.md): kept outside the
 * database, in an owner-only file ({@code LEDGER_KEK_FILE}, default {@code LEDGER_DATA_DIR/keys/personal-data.kek}),
 * one line per generation. After each erasure the remaining keys are wrapped under a new generation and the old one is
 * deleted from the file, so no copy of the key table — a backup, old row versions, the write-ahead log — taken before
 * or after the erasure opens the erased person's data: the key that wrapped theirs no longer exists anywhere.
 */
@Component
class KeyEncryptionKeys {

    private final Path file;
    private TreeMap<Integer, byte[]> generations;

    KeyEncryptionKeys(NodeIdentity identity, @Value("${ledger.kek-file:}") String configured) {
        this.file = configured.isBlank() ? identity.dataDir().resolve("keys").resolve("personal-data.kek")
                .toAbsolutePath() : Path.of(configured).toAbsolutePath();
        try {
            if (Files.exists(file)) {
                generations = read();
            } else {
                generations = new TreeMap<>(Map.of(1, PersonalDataCipher.newKey()));
                write(generations);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the key-encryption key file " + file, e);
        }
    }

    Path file() {
        return file;
    }

    synchronized int current() {
        return generations.lastKey();
    }

    /** A person's key wrapped under the current generation (AES-256-GCM, the subject id authenticated with it). */
    synchronized byte[] wrap(String subjectId, byte[] key) {
        return PersonalDataCipher.seal(generations.lastEntry().getValue(), subjectId,
                Base64.getEncoder().encodeToString(key)).getBytes(StandardCharsets.US_ASCII);
    }

    /** The person's key, or empty when its generation is gone (destroyed) or the bytes were not wrapped by it. */
    synchronized Optional<byte[]> unwrap(String subjectId, int generation, byte[] wrapped) {
        byte[] kek = generations.get(generation);
        if (kek == null || wrapped == null) {
            return Optional.empty();
        }
        return PersonalDataCipher.open(kek, subjectId, new String(wrapped, StandardCharsets.US_ASCII))
                .map(Base64.getDecoder()::decode);
    }

    /** Adds a new generation to the file (durably) before anything is wrapped under it; returns it. */
    synchronized int beginRotation() {
        TreeMap<Integer, byte[]> next = new TreeMap<>(generations);
        next.put(generations.lastKey() + 1, PersonalDataCipher.newKey());
        write(next);
        generations = next;
        return generations.lastKey();
    }

    /** Once every key is wrapped under the newest generation: every older one is deleted from the file. */
    synchronized void finishRotation() {
        if (generations.size() > 1) {
            TreeMap<Integer, byte[]> only = new TreeMap<>(Map.of(generations.lastKey(),
                    generations.lastEntry().getValue()));
            write(only);
            generations = only;
        }
    }

    private TreeMap<Integer, byte[]> read() throws IOException {
        TreeMap<Integer, byte[]> read = new TreeMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
            String[] parts = line.strip().split(" ");
            if (parts.length == 2) {
                read.put(Integer.parseInt(parts[0]), Base64.getDecoder().decode(parts[1]));
            }
        }
        if (read.isEmpty()) {
            throw new IOException(file + " holds no key-encryption key");
        }
        return read;
    }

    /** Replaces the file at once (a new owner-only file, flushed, then moved over the old one). */
    private void write(TreeMap<Integer, byte[]> keys) {
        StringBuilder text = new StringBuilder("# personal-data key-encryption keys: generation base64; keep secret\n");
        keys.forEach((g, k) -> text.append(g).append(' ').append(Base64.getEncoder().encodeToString(k)).append('\n'));
        try {
            Files.createDirectories(file.getParent());
            Path temp = file.resolveSibling(file.getFileName() + ".new");
            Files.deleteIfExists(temp);
            Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.US_ASCII)));
                channel.force(true);
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the key-encryption key file " + file, e);
        }
    }
}
