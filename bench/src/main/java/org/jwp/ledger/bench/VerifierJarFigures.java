package org.jwp.ledger.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The offline verifier an auditor downloads (ledger-verify.jar): its size against the node's jar, and its start-up
 * (to its usage line) against a bare JVM's ({@code java -version}) in the same run, on this machine.
 */
final class VerifierJarFigures {

    private static final int REPEATS = 5;

    private VerifierJarFigures() {
    }

    static List<Figure> measure(Setup setup) throws IOException, InterruptedException {
        Path jar = setup.verifierJar();
        Path node = setup.jar("cites");
        double mb = Files.size(jar) / 1e6;
        double nodeMb = Files.size(node) / 1e6;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Double> verifier = new ArrayList<>();
        List<Double> bare = new ArrayList<>();
        for (int i = 0; i < REPEATS; i++) {
            bare.add(millis(java, "-version"));
            verifier.add(millis(java, "-jar", jar.toString()));
        }
        double ratio = Stats.median(verifier) / Stats.median(bare);
        return List.of(
                new Figure("V1", "ledger-verify.jar size", "MB", List.of(mb),
                        String.format("%.3f of the node's jar (%.0f MB)", mb / nodeMb, nodeMb), null, null),
                new Figure("V1", "ledger-verify.jar start-up (to its usage line)", "ms", verifier,
                        String.format("%.2f× a bare JVM's start (java -version, %.0f ms median)", ratio,
                                Stats.median(bare)), null, null));
    }

    private static double millis(String... command) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        p.waitFor();
        return (System.nanoTime() - t0) / 1e6;
    }
}
