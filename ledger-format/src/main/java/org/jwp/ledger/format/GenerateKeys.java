package org.jwp.ledger.format;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;

/**
 * Writes an Ed25519 key pair as {@code <name>.pem} (PKCS#8) and {@code <name>.pub.pem} (X.509), as
 * {@code openssl genpkey -algorithm ed25519} and {@code openssl pkey -pubout} would; leaves existing files alone.
 * Used by {@code ./ledger demo} so each node can pin the other's key before either starts. The private key file is
 * readable by its owner only.
 */
public final class GenerateKeys {

    private GenerateKeys() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: GenerateKeys <path/without/extension>");
            System.exit(2);
        }
        Path key = Path.of(args[0] + ".pem");
        if (Files.exists(key)) {
            return;
        }
        KeyPair pair = Keys.generate();
        Keys.writePrivate(key, pair.getPrivate());
        Files.writeString(Path.of(args[0] + ".pub.pem"), Keys.pem(pair.getPublic()), StandardCharsets.US_ASCII);
    }
}
