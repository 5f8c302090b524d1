package org.jwp.ledger.format;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** {@code hash(n) = SHA-256(hash(n-1) || canonical bytes of event n)}, per origin, from 32 zero bytes. */
public final class ChainHash {

    /** The hash "before" an origin's first event: 64 zeros in hex. */
    public static final String GENESIS = "0".repeat(64);

    private ChainHash() {
    }

    public static String next(String previousHex, byte[] canonicalEvent) {
        MessageDigest sha = sha256();
        sha.update(HexFormat.of().parseHex(previousHex));
        sha.update(canonicalEvent);
        return HexFormat.of().formatHex(sha.digest());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }
}
