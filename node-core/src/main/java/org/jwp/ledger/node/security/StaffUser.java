package org.jwp.ledger.node.security;

import java.util.Set;

/**
 * One member of staff as configured: a BCrypt password hash for the web sign-in and HTTP Basic, and optionally the
 * SHA-256 (hex) of a bearer token for API clients. Secrets themselves are never configured, only their hashes.
 */
public record StaffUser(String name, String passwordHash, Set<Role> roles, String tokenSha256) {

    public StaffUser {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        tokenSha256 = tokenSha256 == null || tokenSha256.isBlank() ? null : tokenSha256.strip().toLowerCase();
    }

    /** The hash as Spring Security's delegating encoder reads it ("{bcrypt}$2a$..."). */
    String encodedPassword() {
        return passwordHash.startsWith("{") ? passwordHash : "{bcrypt}" + passwordHash;
    }
}
