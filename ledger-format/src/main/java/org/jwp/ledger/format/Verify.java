package org.jwp.ledger.format;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Arrays;

/**
 * The entry of {@code ledger-verify.jar}: {@code java -jar ledger-verify.jar verify <export.ndjson> --key CITES=…
 * --key CMS=… [--allow-unsigned-tail=N]} or {@code … verify-report <issued.json> <export.ndjson> --key …}. Needs
 * neither node nor database: it trusts only the public keys given (docs/ledger-format.md, docs/reports.md).
 */
public final class Verify {

    private Verify() {
    }

    public static void main(String[] args) throws IOException {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        if (args.length == 0) {
            err.println("usage: java -jar ledger-verify.jar verify <export.ndjson> --key CITES=<pem> --key CMS=<pem>"
                    + " [--allow-unsigned-tail=N]");
            err.println("       java -jar ledger-verify.jar verify-report <issued.json> <export.ndjson> --key …");
            return 2;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try {
            return switch (args[0]) {
                case "verify" -> VerifyExport.run(rest, out);
                case "verify-report" -> VerifyReport.run(rest, out);
                default -> {
                    err.println("unknown command " + args[0] + ": verify or verify-report");
                    yield 2;
                }
            };
        } catch (java.nio.file.NoSuchFileException e) {
            err.println("cannot read " + e.getFile() + ": no such file");
            return 2;
        }
    }
}
