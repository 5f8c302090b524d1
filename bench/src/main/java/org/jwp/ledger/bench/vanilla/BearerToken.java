package org.jwp.ledger.bench.vanilla;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Clients sign in as they do at the node: a bearer token, looked up by its SHA-256 (the app holds only the hash).
 * A plain filter, as a team without the node's security would write it; 401 without a known token.
 */
@Component
class BearerToken extends OncePerRequestFilter {

    private final String expectedSha256;

    BearerToken(@Value("${vanilla.token-sha256}") String expectedSha256) {
        this.expectedSha256 = expectedSha256;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        boolean signedIn = header != null && header.startsWith("Bearer ")
                && expectedSha256.equals(sha256(header.substring("Bearer ".length())));
        if (request.getRequestURI().startsWith("/api/") && !signedIn) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        chain.doFilter(request, response);
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
