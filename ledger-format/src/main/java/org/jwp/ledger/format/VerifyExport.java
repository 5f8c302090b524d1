package org.jwp.ledger.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The offline verifier: {@code ./ledger verify <export.ndjson> --key CITES=cites.pub.pem --key CMS=cms.pub.pem
 * [--allow-unsigned-tail=N]}. Needs no node and no database, trusts only the keys it is given (never those inside the
 * export), prints a summary per origin and exits 1 with the first failure. Passes only what proves something
 * (docs/ledger-format.md §5): every event of every origin under a valid checkpoint of a trusted key, in a complete,
 * unambiguous export; events after the last checkpoint fail unless {@code --allow-unsigned-tail=N} allows that many after a checkpoint, which
 * reports them instead.
 */
public final class VerifyExport {

    private VerifyExport() {
    }

    public static void main(String[] args) throws IOException {
        System.exit(run(args, System.out));
    }

    public static int run(String[] args, PrintStream out) throws IOException {
        Path export = null;
        long allowedUnsigned = -1; // how many events after an origin's last checkpoint may pass as a warning
        Map<String, PublicKey> keys = new LinkedHashMap<>();
        boolean scanning = true;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--key") && i + 1 < args.length) {
                String[] kv = args[++i].split("=", 2);
                if (kv.length != 2) {
                    return usage(out);
                }
                keys.put(kv[0], Keys.publicKey(Files.readString(Path.of(kv[1]))));
            } else if (args[i].startsWith("--allow-unsigned-tail")) {
                allowedUnsigned = allowed(args[i]);
                if (allowedUnsigned < 0) {
                    return usage(out);
                }
            } else if (args[i].equals("--general-parser")) {
                scanning = false; // a cross-check of the scanner: the same verdict, read the slow way
            } else if (export == null && !args[i].startsWith("--")) {
                export = Path.of(args[i]);
            } else {
                return usage(out);
            }
        }
        if (export == null) {
            return usage(out);
        }
        List<LedgerVerifier.OriginReport> reports;
        try {
            reports = verify(export, keys, scanning);
        } catch (MalformedExport e) {
            out.println("VERIFICATION FAILED: " + e.getMessage());
            return 1;
        }
        if (reports.isEmpty()) {
            out.println("VERIFICATION FAILED: the export holds no event: it proves nothing");
            return 1;
        }
        boolean ok = true;
        for (LedgerVerifier.OriginReport r : reports) {
            // An unsigned tail passes only after a checkpoint, and only as long as named: a chain no signature
            // covers at all proves nothing, whatever its links say (anyone can recompute them).
            boolean passes = r.ok() || (r.verdict() == LedgerVerifier.Verdict.UNSIGNED_TAIL
                    && r.lastCheckpoint() != null && r.unsignedTail() <= allowedUnsigned);
            out.printf("%s: %d events, head %d %s, last signed checkpoint %s, %d after it: %s%n", r.origin(),
                    r.eventsChecked(), r.headSequence(), r.headHash(), r.lastCheckpoint() == null ? "none"
                            : r.lastCheckpoint().sequence(), r.unsignedTail(), r.failed() ? "FAILED"
                            : r.ok() ? "OK" : passes ? "OK WITH AN UNSIGNED TAIL" : "FAILED (UNSIGNED TAIL)");
            if (r.failed()) {
                LedgerVerifier.Failure f = r.firstFailure();
                out.printf("  first failure: %s sequence %d%s: %s%n", f.origin(), f.sequence(),
                        f.eventId() == null ? "" : " (event " + f.eventId() + ")", f.reason());
            } else if (r.warning() != null) {
                out.printf("  %s: %s%s%n", passes ? "warning" : "first failure", r.warning(),
                        passes ? "" : r.lastCheckpoint() == null ? " (no checkpoint: nothing proves any of it)"
                                : " (--allow-unsigned-tail=" + r.unsignedTail() + " reports this instead of failing)");
            }
            ok &= passes;
        }
        out.println(ok ? "VERIFIED" : "VERIFICATION FAILED");
        return ok ? 0 : 1;
    }

    public static List<LedgerVerifier.OriginReport> verify(Path export, Map<String, PublicKey> keys) throws IOException {
        return verify(export, keys, true);
    }

    /** {@code scanning}: event lines read by the fast scanner where it can; false, all by the general parser. */
    static List<LedgerVerifier.OriginReport> verify(Path export, Map<String, PublicKey> keys, boolean scanning)
            throws IOException {
        LedgerVerifier verifier = new LedgerVerifier(keys);
        try (InputStream in = Files.newInputStream(export)) {
            new ExportReader(verifier, Runtime.getRuntime().availableProcessors(), scanning).read(in);
        }
        return verifier.report();
    }

    /** {@code --allow-unsigned-tail=N}: N, a whole number; -1 for anything else (a bare flag names no number). */
    private static long allowed(String arg) {
        String n = arg.startsWith("--allow-unsigned-tail=") ? arg.substring("--allow-unsigned-tail=".length()) : "";
        return n.matches("[0-9]{1,9}") ? Long.parseLong(n) : -1;
    }

    private static int usage(PrintStream out) {
        out.println("usage: ledger verify <export.ndjson> --key CITES=cites.pub.pem [--key CMS=cms.pub.pem ...] "
                + "[--allow-unsigned-tail=N] [--general-parser]  (N: how many events after an origin's last signed "
                + "checkpoint may pass as a warning; never a chain with no checkpoint. --general-parser reads every "
                + "line with the general JSON parser instead of the fast scanner: the same verdict, slower)");
        return 2;
    }
}
