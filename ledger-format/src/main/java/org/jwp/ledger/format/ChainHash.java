package org.jwp.ledger.format;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** {@code hash(n) = SHA-256(hash(n-1) || canonical bytes of event n)}, per origin, from 32 zero bytes. */
public final class ChainHash {

    /** The hash "before" an origin's first event: 64 zeros in hex. */
    public static final String GENESIS = "0".repeat(64);

    private static final ThreadLocal<MessageDigest> DIGEST = ThreadLocal.withInitial(ChainHash::sha256);

    private ChainHash() {
    }

    public static String next(String previousHex, byte[] canonicalEvent) {
        return next(previousHex, canonicalEvent, 0, canonicalEvent.length);
    }

    /** The same over the bytes {@code [from, to)} of {@code bytes} (an envelope where an export's line holds it). */
    public static String next(String previousHex, byte[] bytes, int from, int to) {
        MessageDigest sha = DIGEST.get(); // one per thread: the verifier hashes a million events on each core
        sha.reset();
        sha.update(HexFormat.of().parseHex(previousHex));
        sha.update(bytes, from, to - from);
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
