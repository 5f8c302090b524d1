package org.jwp.ledger.node.audit;

import org.jwp.ledger.format.Keys;
import org.jwp.ledger.node.ledger.NodeIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;

/**
 * This node's Ed25519 signing key. It never leaves the node: only its public key is shown ({@code GET /api/identity})
 * and written beside it for operators to hand to their peers.
 */
@Component
public class NodeKeys {

    private static final Logger log = LoggerFactory.getLogger(NodeKeys.class);

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    NodeKeys(NodeIdentity identity) {
        Path file = identity.signingKeyFile() != null ? identity.signingKeyFile()
                : identity.dataDir().resolve("keys").resolve(identity.secretariat().name().toLowerCase()
                + "-signing-key.pem");
        try {
            if (Files.exists(file)) {
                restrict(file); // a key file made by hand, or by an older version, readable by others
                privateKey = Keys.privateKey(Files.readString(file));
            } else if (identity.signingKeyFile() != null) {
                throw new IllegalStateException("LEDGER_SIGNING_KEY_FILE " + file + " does not exist");
            } else {
                KeyPair pair = Keys.generate();
                Keys.writePrivate(file, pair.getPrivate());
                privateKey = pair.getPrivate();
                log.info("Generated this node's signing key in {}", file);
            }
            publicKey = Keys.publicKeyOf(privateKey);
            if (identity.signingKeyFile() == null) {
                Files.writeString(file.resolveSibling(file.getFileName().toString().replace(".pem", ".pub.pem")),
                        Keys.pem(publicKey), StandardCharsets.US_ASCII);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the signing key " + file, e);
        }
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    public String fingerprint() {
        return Keys.fingerprint(publicKey);
    }

    public String sign(byte[] statement) {
        return Keys.sign(privateKey, statement);
    }

    private static void restrict(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            log.warn("Could not restrict permissions of {}: {}", file, e.getMessage());
        }
    }
}
