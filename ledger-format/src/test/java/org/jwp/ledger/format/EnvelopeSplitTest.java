package org.jwp.ledger.format;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The envelope split around its sequence number rejoins, for any sequence, into the canonical bytes. */
class EnvelopeSplitTest {

    /** RFC 8785 writes numbers as IEEE doubles: integers are exact up to 2^53 - 1, where the store stops (V7). */
    private static final long LAST_EXACT = (1L << 53) - 1;

    /** A payload and metadata that themselves hold "sequence" and "time" keys, and the same text inside strings. */
    private static StoredEvent event(long sequence) {
        return new StoredEvent("CITES", sequence, "ev-1", "CITES-RES-2025-0001", 0, "ActivityResult",
                "2025-03-01T10:00:00.123Z", "org.jwp.ledger.events.progress.ActivityResultRecorded", "1",
                ("{\"text\":\"\\\",\\\"sequence\\\":0,\\\"time\\\": Côte d’Ivoire 🐘\",\"nested\":{\"revision\":\"1\","
                        + "\"sequence\":0,\"time\":\"x\"},\"actedOn\":\"2025-03-01\"}").getBytes(StandardCharsets.UTF_8),
                "{\"origin\":\"CITES\",\"sequence\":0,\"time\":\"y\"}".getBytes(StandardCharsets.UTF_8), null);
    }

    private static byte[] join(Envelope.Split split, long sequence) {
        byte[] digits = Long.toString(sequence).getBytes(StandardCharsets.UTF_8);
        byte[] joined = new byte[split.before().length + digits.length + split.after().length];
        System.arraycopy(split.before(), 0, joined, 0, split.before().length);
        System.arraycopy(digits, 0, joined, split.before().length, digits.length);
        System.arraycopy(split.after(), 0, joined, split.before().length + digits.length, split.after().length);
        return joined;
    }

    @Test
    void theSplitAroundAPlaceholderRejoinsIntoTheCanonicalBytesOfEverySequence() {
        Envelope.Split split = Envelope.aroundSequence(event(0));
        for (long sequence : new long[]{1, 9, 10, 12_345, 1_000_000, LAST_EXACT}) {
            assertThat(join(split, sequence)).isEqualTo(Envelope.canonical(event(sequence)));
        }
    }

    @Test
    void theHashOverTheRejoinedBytesIsTheChainHash() {
        Envelope.Split split = Envelope.aroundSequence(event(0));
        assertThat(ChainHash.next(ChainHash.GENESIS, join(split, 7)))
                .isEqualTo(ChainHash.next(ChainHash.GENESIS, Envelope.canonical(event(7))));
    }

    @Test
    void beyondTwoToTheFiftyThirdTheCanonicalNumberIsNoLongerItsDigitsSoTheStoreRefusesSuchSequences() {
        Envelope.Split split = Envelope.aroundSequence(event(0));
        assertThat(join(split, LAST_EXACT + 2)).isNotEqualTo(Envelope.canonical(event(LAST_EXACT + 2)));
    }
}
