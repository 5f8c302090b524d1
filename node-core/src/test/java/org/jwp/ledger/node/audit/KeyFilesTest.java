package org.jwp.ledger.node.audit;

import org.jwp.ledger.format.GenerateKeys;
import org.jwp.ledger.format.Keys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

/** Finding 5 of docs/security.md: a private key file is readable by its owner only, from the moment it exists. */
class KeyFilesTest {

    @TempDir
    Path dir;

    @Test
    void theDemosKeyGenerationWritesThePrivateKeyOwnerOnly() throws Exception {
        GenerateKeys.main(new String[]{dir.resolve("keys/cites").toString()});

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("keys/cites.pem"))))
                .isEqualTo("rw-------");
        assertThat(Keys.privateKey(Files.readString(dir.resolve("keys/cites.pem")))).isNotNull();
        assertThat(Files.readString(dir.resolve("keys/cites.pub.pem"))).startsWith("-----BEGIN PUBLIC KEY-----");
    }
}
