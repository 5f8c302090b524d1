package org.jwp.ledger.node.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What a node keeps of a bearer token: its SHA-256 in hex, as {@code ./ledger new-token} prints it. Tokens are random,
 * so a fast hash suffices where passwords need BCrypt.
 */
public final class TokenHash {

    private TokenHash() {
    }

    public static String of(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
