package org.jwp.ledger.format;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The jar's entry: two commands, anything else answered with its usage and exit code 2. */
class VerifyTest {

    @Test
    void noCommandOrAnUnknownOneIsAnsweredWithTheUsage() throws IOException {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);

        assertThat(Verify.run(new String[0], System.out, e)).isEqualTo(2);
        assertThat(Verify.run(new String[]{"sign"}, System.out, e)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: java -jar ledger-verify.jar verify")
                .contains("unknown command sign");
    }

    @Test
    void verifyOfAMissingExportFails() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int code = Verify.run(new String[]{"verify", "/nonexistent/export.ndjson", "--key", "CITES=/nonexistent.pem"},
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

        assertThat(code).isNotZero();
    }
}
