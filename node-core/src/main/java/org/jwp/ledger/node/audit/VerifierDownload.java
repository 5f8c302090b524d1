package org.jwp.ledger.node.audit;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The offline verifier an auditor downloads from this node: {@code ledger-verify.jar}, built by the ledger-format
 * module and packed into the node at build time (node-core's pom), with its SHA-256 beside it, so an auditor can
 * compare it with the one the other node serves or with one built from the source.
 */
@Component
public class VerifierDownload {

    static final String RESOURCE = "verifier/ledger-verify.jar";

    /** The jar's size and SHA-256; empty where the node was built without it (a development build). */
    public record Jar(long bytes, String sha256) {
    }

    // Measured when first asked (an auditor's page), not at every start of the node: the jar is 3 MB.
    private volatile Optional<Jar> jar;

    public Optional<Jar> jar() {
        Optional<Jar> known = jar;
        if (known == null) {
            known = measure();
            jar = known;
        }
        return known;
    }

    InputStream open() throws IOException {
        return new ClassPathResource(RESOURCE).getInputStream();
    }

    private static Optional<Jar> measure() {
        ClassPathResource r = new ClassPathResource(RESOURCE);
        if (!r.exists()) {
            return Optional.empty();
        }
        try (DigestInputStream in = new DigestInputStream(r.getInputStream(), MessageDigest.getInstance("SHA-256"))) {
            long bytes = in.transferTo(java.io.OutputStream.nullOutputStream());
            return Optional.of(new Jar(bytes, HexFormat.of().formatHex(in.getMessageDigest().digest())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
