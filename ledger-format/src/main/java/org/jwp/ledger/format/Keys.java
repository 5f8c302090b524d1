package org.jwp.ledger.format;

import org.bouncycastle.math.ec.rfc8032.Ed25519;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.NamedParameterSpec;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/** Ed25519 keys as PEM (PKCS#8 private, X.509 public, as openssl writes them), fingerprints, signatures. */
public final class Keys {

    private Keys() {
    }

    public static PrivateKey privateKey(String pem) {
        try {
            return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(der(pem)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not an Ed25519 private key in PEM PKCS#8 form", e);
        }
    }

    /** A public key as PEM or as the bare base64 of its X.509 encoding. */
    public static PublicKey publicKey(String pemOrBase64) {
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der(pemOrBase64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not an Ed25519 public key (PEM or base64 X.509)", e);
        }
    }

    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks Ed25519", e);
        }
    }

    /**
     * The public key of an Ed25519 private key (an openssl PKCS#8 file holds only the private part). The JDK offers no
     * direct call, so its own generator is run on the key's seed; the pair is then checked by a signature.
     */
    public static PublicKey publicKeyOf(PrivateKey key) {
        try {
            byte[] seed = KeyFactory.getInstance("Ed25519").getKeySpec(key, EdECPrivateKeySpec.class).getBytes();
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(NamedParameterSpec.ED25519, new SecureRandom() {
                @Override
                public void nextBytes(byte[] bytes) {
                    System.arraycopy(seed, 0, bytes, 0, bytes.length);
                }
            });
            PublicKey derived = generator.generateKeyPair().getPublic();
            byte[] probe = "jwp-ledger key check".getBytes(StandardCharsets.US_ASCII);
            if (!verify(derived, probe, sign(key, probe))) {
                throw new IllegalStateException("could not derive the public key of the signing key");
            }
            return derived;
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 private key", e);
        }
    }

    public static String pem(PublicKey key) {
        return pem("PUBLIC KEY", key.getEncoded());
    }

    public static String pem(PrivateKey key) {
        return pem("PRIVATE KEY", key.getEncoded());
    }

    /** SHA-256 of the X.509 encoding, hex: what operators compare when they exchange keys. */
    public static String fingerprint(PublicKey key) {
        return HexFormat.of().formatHex(sha256().digest(key.getEncoded()));
    }

    private static java.security.MessageDigest sha256() {
        try {
            return java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    public static String sign(PrivateKey key, byte[] statement) {
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(key);
            s.update(statement);
            return Base64.getEncoder().encodeToString(s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign", e);
        }
    }

    /**
     * RFC 8032 Ed25519 verification by Bouncy Castle's implementation, seven times faster than the JDK's (65 against
     * 475 microseconds here): an export holds a signed checkpoint every hundred events, and checking them was three
     * quarters of verifying a million-event export. {@code KeysTest} holds it to the JDK's verdict, on tampered and
     * non-canonical signatures too. The key is parsed by the JDK as before (X.509, Ed25519 only).
     */
    public static boolean verify(PublicKey key, byte[] statement, String signatureBase64) {
        try {
            byte[] signature = Base64.getDecoder().decode(signatureBase64);
            byte[] encoded = key.getEncoded();
            if (encoded == null || encoded.length != X509_HEADER.length + Ed25519.PUBLIC_KEY_SIZE
                    || !Arrays.equals(encoded, 0, X509_HEADER.length, X509_HEADER, 0, X509_HEADER.length)
                    || signature.length != Ed25519.SIGNATURE_SIZE) {
                return false;
            }
            return Ed25519.verify(signature, 0, encoded, X509_HEADER.length, statement, 0, statement.length);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** An Ed25519 public key's X.509 encoding is this header (the algorithm 1.3.101.112), then its 32 bytes. */
    private static final byte[] X509_HEADER = HexFormat.of().parseHex("302a300506032b6570032100");

    private static byte[] der(String text) {
        String body = text.replaceAll("-----(BEGIN|END) [A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }

    private static String pem(String type, byte[] der) {
        String b64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + b64 + "\n-----END " + type + "-----\n";
    }

    /**
     * Writes a private key as PEM into a new file that only its owner may read or write, from the moment it exists
     * (docs/security.md, finding 5); where the file system has no POSIX permissions, as the platform allows.
     */
    public static void writePrivate(Path file, PrivateKey key) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        }
        Files.writeString(file, pem(key), StandardCharsets.US_ASCII);
    }
}
