package org.jwp.ledger.node.support;

import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.format.Keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.EnumMap;
import java.util.Map;

/** One Ed25519 key pair per secretariat for the whole test JVM, as PEM files the nodes are configured with. */
public final class TestKeys {

    private static final Map<Secretariat, KeyPair> PAIRS = new EnumMap<>(Secretariat.class);
    private static final Map<Secretariat, Path> FILES = new EnumMap<>(Secretariat.class);

    private TestKeys() {
    }

    public static synchronized KeyPair pair(Secretariat s) {
        return PAIRS.computeIfAbsent(s, k -> Keys.generate());
    }

    public static synchronized Path privateKeyFile(Secretariat s) {
        return FILES.computeIfAbsent(s, k -> {
            try {
                Path file = Files.createTempFile(k.name().toLowerCase() + "-signing-key", ".pem");
                Files.writeString(file, Keys.pem(pair(k).getPrivate()));
                return file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public static String publicKeyPem(Secretariat s) {
        return Keys.pem(pair(s).getPublic());
    }

    /** The secretariat's public key in a PEM file, as an auditor brings it to the offline verifier. */
    public static java.nio.file.Path publicKeyFile(Secretariat s) {
        try {
            java.nio.file.Path file = java.nio.file.Files.createTempFile(s.name().toLowerCase(), ".pub.pem");
            return java.nio.file.Files.writeString(file, publicKeyPem(s));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
