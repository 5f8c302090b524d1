package org.jwp.ledger.node.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code ledger-verify.jar} (built by the ledger-format module before node-core's tests) as an auditor does:
 * {@code java -jar ledger-verify.jar verify …}, in its own JVM, with nothing of the node on its class path.
 */
public final class VerifierJar {

    public static final Path JAR = Path.of("..", "ledger-format", "target", "ledger-verify.jar");

    private VerifierJar() {
    }

    /** Answers "<exit code> <printed text>", as the tests' in-process runs do. */
    public static String run(String command, String... args) throws IOException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: build ledger-format first "
                    + "(mvn package -pl ledger-format)");
        }
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", JAR.toString(), command));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("ledger-verify.jar did not finish");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return p.exitValue() + " " + out;
    }
}
