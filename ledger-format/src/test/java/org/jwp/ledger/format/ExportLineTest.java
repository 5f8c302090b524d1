package org.jwp.ledger.format;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Line ends found eight bytes at a time are exactly those a byte-by-byte search finds, whatever the bytes. */
class ExportLineTest {

    @Test
    void lineEndsAreFoundExactlyWhateverTheBytesAroundThem() {
        Random random = new Random(8);
        for (int round = 0; round < 20_000; round++) {
            byte[] chunk = new byte[random.nextInt(70)];
            for (int i = 0; i < chunk.length; i++) {
                // line ends, their neighbours in value ('\t', '\u000b'), bytes with the top bit, and anything else
                int kind = random.nextInt(5);
                chunk[i] = (byte) (kind == 0 ? '\n' : kind == 1 ? '\n' ^ (1 << random.nextInt(8))
                        : kind == 2 ? 0x80 | random.nextInt(128) : random.nextInt(256));
            }
            assertThat(ExportLine.lineEnds(chunk, chunk.length)).as(Arrays.toString(chunk)).isEqualTo(byteByByte(chunk));
        }
    }

    private static int[] byteByByte(byte[] chunk) {
        return java.util.stream.IntStream.range(0, chunk.length).filter(i -> chunk[i] == '\n').toArray();
    }
}
