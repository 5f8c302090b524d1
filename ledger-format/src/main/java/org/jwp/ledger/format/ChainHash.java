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
        MessageDigest sha = DIGEST.get(); // one per thread: the verifier hashes a million events on each core
        sha.reset();
        sha.update(HexFormat.of().parseHex(previousHex));
        sha.update(canonicalEvent);
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Whether the text could be a chain hash at all: 64 lowercase hex digits, as this format writes them. */
    public static boolean isHash(String hex) {
        if (hex == null || hex.length() != 64) {
            return false;
        }
        for (int i = 0; i < 64; i++) {
            char c = hex.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }
}
