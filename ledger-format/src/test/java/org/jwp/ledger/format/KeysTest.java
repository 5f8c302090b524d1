package org.jwp.ledger.format;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Ed25519 verification gives the JDK's verdict on good, tampered, malformed and non-canonical signatures. */
class KeysTest {

    /** The order of Ed25519's base point (RFC 8032). */
    private static final BigInteger L = BigInteger.TWO.pow(252).add(
            new BigInteger("27742317777372353535851937790883648493"));

    private final Random random = new Random(20261202);

    @Test
    void aGoodSignatureIsAcceptedAndEveryTamperingRefusedAsTheJdkDoes() throws Exception {
        for (int k = 0; k < 20; k++) {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            byte[] statement = new byte[1 + random.nextInt(300)];
            random.nextBytes(statement);
            byte[] signature = sign(pair, statement);
            assertSameVerdict(pair.getPublic(), statement, signature, true);

            byte[] otherStatement = statement.clone();
            otherStatement[random.nextInt(otherStatement.length)] ^= (byte) (1 << random.nextInt(8));
            assertSameVerdict(pair.getPublic(), otherStatement, signature, false);

            for (int i = 0; i < signature.length; i += 1 + random.nextInt(4)) {
                byte[] flipped = signature.clone();
                flipped[i] ^= (byte) (1 << random.nextInt(8));
                assertSameVerdict(pair.getPublic(), statement, flipped, false);
            }
            assertSameVerdict(pair.getPublic(), statement, java.util.Arrays.copyOf(signature, 63), false);
            assertSameVerdict(KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic(), statement,
                    signature, false);
        }
    }

    @Test
    void aSignatureMadeMalleableWithTheGroupOrderIsRefusedAsTheJdkDoes() throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        byte[] statement = "CITES 100 63da9f4b".getBytes(StandardCharsets.UTF_8);
        byte[] signature = sign(pair, statement);
        // S + L is the same scalar modulo L: RFC 8032 requires S < L, so such a signature must be refused.
        byte[] s = java.util.Arrays.copyOfRange(signature, 32, 64);
        BigInteger bigger = littleEndian(s).add(L);
        byte[] malleable = signature.clone();
        System.arraycopy(toLittleEndian(bigger), 0, malleable, 32, 32);
        assertSameVerdict(pair.getPublic(), statement, malleable, false);
    }

    @Test
    void aSignatureWithATrailingByteIsRefusedThoughTheJdkIgnoresIt() throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        byte[] statement = "CITES 100 63da9f4b".getBytes(StandardCharsets.UTF_8);
        byte[] longer = java.util.Arrays.copyOf(sign(pair, statement), 65);
        Signature jdk = Signature.getInstance("Ed25519");
        jdk.initVerify(pair.getPublic());
        jdk.update(statement);
        assertThat(jdk.verify(longer)).as("JDK 17 reads the first 64 bytes").isTrue();
        // A signature is 64 bytes (RFC 8032): two texts for one signature would make a signed line malleable.
        assertThat(Keys.verify(pair.getPublic(), statement, Base64.getEncoder().encodeToString(longer))).isFalse();
    }

    @Test
    void aSignatureThatIsNotBase64IsRefused() throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        assertThat(Keys.verify(pair.getPublic(), new byte[]{1}, "not base64!")).isFalse();
    }

    private static void assertSameVerdict(PublicKey key, byte[] statement, byte[] signature, boolean expected)
            throws GeneralSecurityException {
        Signature jdk = Signature.getInstance("Ed25519");
        jdk.initVerify(key);
        jdk.update(statement);
        boolean byJdk;
        try {
            byJdk = jdk.verify(signature);
        } catch (java.security.SignatureException e) {
            byJdk = false;
        }
        assertThat(byJdk).as("the JDK's verdict").isEqualTo(expected);
        assertThat(Keys.verify(key, statement, Base64.getEncoder().encodeToString(signature))).isEqualTo(byJdk);
    }

    private static byte[] sign(KeyPair pair, byte[] statement) throws GeneralSecurityException {
        Signature s = Signature.getInstance("Ed25519");
        s.initSign(pair.getPrivate());
        s.update(statement);
        return s.sign();
    }

    private static BigInteger littleEndian(byte[] bytes) {
        byte[] big = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            big[i] = bytes[bytes.length - 1 - i];
        }
        return new BigInteger(1, big);
    }

    private static byte[] toLittleEndian(BigInteger n) {
        byte[] big = n.toByteArray();
        byte[] little = new byte[32];
        for (int i = 0; i < Math.min(32, big.length); i++) {
            little[i] = big[big.length - 1 - i];
        }
        return little;
    }
}
