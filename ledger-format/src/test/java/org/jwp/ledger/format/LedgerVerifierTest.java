package org.jwp.ledger.format;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The verifier's rules on hand-made chains: no database, no node. */
class LedgerVerifierTest {

    private final KeyPair cites = Keys.generate();
    private final KeyPair stranger = Keys.generate();

    private static byte[] event(int n) {
        return ("{\"n\":" + n + "}").getBytes(StandardCharsets.UTF_8);
    }

    private static String hashAt(int n) {
        String h = ChainHash.GENESIS;
        for (int i = 1; i <= n; i++) {
            h = ChainHash.next(h, event(i));
        }
        return h;
    }

    private Checkpoint checkpoint(int n, KeyPair signer) {
        String time = "2025-01-01T00:00:00Z";
        return new Checkpoint("CITES", n, hashAt(n), time, "", Keys.sign(signer.getPrivate(),
                Checkpoint.statement("CITES", n, hashAt(n), time)));
    }

    private LedgerVerifier verifier() {
        return new LedgerVerifier(Map.of("CITES", cites.getPublic()));
    }

    private static LedgerVerifier.Entry entry(int n) {
        return new LedgerVerifier.Entry("CITES", n, "e" + n, event(n), hashAt(n));
    }

    @Test
    void anIntactChainWithAValidCheckpointVerifiesAndReportsItsTail() {
        LedgerVerifier v = verifier();
        v.checkpoint(checkpoint(2, cites));
        for (int i = 1; i <= 3; i++) {
            v.event(entry(i));
        }
        LedgerVerifier.OriginReport r = v.report().get(0);
        assertThat(r.verdict()).isEqualTo(LedgerVerifier.Verdict.UNSIGNED_TAIL);
        assertThat(r.ok()).as("an unsigned tail is a warning, never ok").isFalse();
        assertThat(r.warning()).startsWith("1 event after the last signed checkpoint (#2)");
        assertThat(r.headSequence()).isEqualTo(3);
        assertThat(r.headHash()).isEqualTo(hashAt(3));
        assertThat(r.lastCheckpoint().sequence()).isEqualTo(2);
        assertThat(r.unsignedTail()).isEqualTo(1);
    }

    @Test
    void aGapIsReportedAtTheMissingSequence() {
        LedgerVerifier v = verifier();
        v.event(entry(1));
        v.event(entry(3));
        assertThat(v.firstFailure().sequence()).isEqualTo(2);
        assertThat(v.firstFailure().reason()).contains("missing");
    }

    @Test
    void aRepeatIsReported() {
        LedgerVerifier v = verifier();
        v.event(entry(1));
        v.event(entry(1));
        assertThat(v.firstFailure().reason()).contains("repeated");
    }

    @Test
    void aCheckpointByAnotherKeyIsRefused() {
        LedgerVerifier v = verifier();
        v.checkpoint(checkpoint(1, stranger));
        v.event(entry(1));
        assertThat(v.firstFailure().reason()).contains("signature");
    }

    @Test
    void aCheckpointBeyondTheLastEventMeansEventsWereRemoved() {
        LedgerVerifier v = verifier();
        v.checkpoint(checkpoint(3, cites));
        v.event(entry(1));
        v.event(entry(2));
        assertThat(v.firstFailure().sequence()).isEqualTo(3);
        assertThat(v.firstFailure().reason()).contains("removed");
    }

    @Test
    void twoDifferentSignedHeadsForOneSequenceAreReported() {
        LedgerVerifier v = verifier();
        v.checkpoint(checkpoint(1, cites));
        String time = "2025-01-02T00:00:00Z";
        String other = "ab".repeat(32);
        v.checkpoint(new Checkpoint("CITES", 1, other, time, "", Keys.sign(cites.getPrivate(),
                Checkpoint.statement("CITES", 1, other, time))));
        assertThat(v.firstFailure().reason()).contains("two different signed heads");
    }

    @Test
    void anOriginWithoutATrustedKeyCannotHaveItsCheckpointsBelieved() {
        LedgerVerifier v = new LedgerVerifier(Map.of());
        v.checkpoint(checkpoint(1, cites));
        assertThat(v.firstFailure().reason()).contains("no trusted public key");
    }

    @Test
    void aPublicKeyDerivedFromAnOpensslStylePrivateKeyVerifiesItsSignatures() {
        KeyPair pair = Keys.generate();
        var reloaded = Keys.privateKey(Keys.pem(pair.getPrivate()));
        assertThat(Keys.publicKeyOf(reloaded)).isEqualTo(pair.getPublic());
        assertThat(Keys.fingerprint(pair.getPublic())).hasSize(64);
    }
}
