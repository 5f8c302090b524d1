package org.jwp.ledger.format;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Feeds an NDJSON export (docs/ledger-format.md §6) to a {@link LedgerVerifier} in constant memory, and refuses what
 * could be read two ways: a member given twice, data after a line's object, a line kind it does not know, an export
 * without its end line or whose end line does not match what came before it.
 *
 * <p>Lines are split, read and hashed in parallel ({@link ExportLine}: chunks of whole lines, one worker per core, a
 * bounded number of chunks in flight; event lines by the {@link ExportScanner} where it can, the strict parser
 * otherwise) and folded into the verifier in order, on this thread: the chain's order, the first failure and every
 * message are those of a single-threaded reading.
 *
 * <p>An event line's envelope is hashed as its bytes stand: this ledger writes them canonical, so they give the hash
 * the line claims, and re-canonicalising 800 bytes per event would cost most of the verification. Only where they do
 * not (a reformatted or altered export) is the envelope parsed and canonicalised, so the result is the same as
 * canonicalising every envelope.
 */
final class ExportReader {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    /** Bytes read at a time, and so the most a batch of lines holds (a longer line grows it). */
    private static final int CHUNK = 1 << 20;

    private final LedgerVerifier verifier;
    private final ExportTally tally = new ExportTally();
    private final int workers;
    private final boolean scanning;
    private long lineNumber;
    private boolean ended;

    ExportReader(LedgerVerifier verifier) {
        this(verifier, Runtime.getRuntime().availableProcessors(), true);
    }

    ExportReader(LedgerVerifier verifier, int workers) {
        this(verifier, workers, true);
    }

    /** {@code scanning}: event lines read by the {@link ExportScanner} first; false, the strict parser reads all. */
    ExportReader(LedgerVerifier verifier, int workers, boolean scanning) {
        this.verifier = verifier;
        this.workers = Math.max(1, workers);
        this.scanning = scanning;
    }

    /** Reads the whole export; throws {@link MalformedExport} (with the line) for anything but a complete export. */
    void read(InputStream export) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "export-reader");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<List<ExportLine>>> inFlight = new ArrayDeque<>();
        try {
            readBatches(export, pool, inFlight);
            while (!inFlight.isEmpty()) {
                fold(inFlight.removeFirst());
            }
            if (!ended) {
                throw new MalformedExport("the export is incomplete: it ends after line " + lineNumber
                        + " without its end line (cut off while it was written or downloaded?)");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Hands the export to the workers in chunks of whole lines: this thread only looks for the last line end of what
     * it read (the workers find the others), so it keeps up with them.
     */
    private void readBatches(InputStream export, ExecutorService pool, Deque<Future<List<ExportLine>>> inFlight)
            throws IOException {
        byte[] buffer = new byte[CHUNK];
        int filled = 0;
        int n;
        while ((n = export.read(buffer, filled, buffer.length - filled)) >= 0) {
            filled += n;
            if (filled < buffer.length && n > 0) {
                continue; // a full buffer makes a chunk: fewer, larger hand-overs
            }
            int last = lastLineEnd(buffer, filled);
            if (last < 0) { // one line longer than the buffer
                buffer = Arrays.copyOf(buffer, buffer.length * 2);
                continue;
            }
            // The buffer itself goes to the worker, the part of a line after its last line end to a new buffer.
            byte[] chunk = buffer;
            int lineEnds = last + 1;
            buffer = new byte[Math.max(CHUNK, filled - lineEnds + 1)];
            System.arraycopy(chunk, lineEnds, buffer, 0, filled - lineEnds);
            filled -= lineEnds;
            inFlight.addLast(pool.submit(() -> ExportLine.split(chunk, lineEnds, scanning)));
            while (inFlight.size() > workers * 2) {
                fold(inFlight.removeFirst());
            }
        }
        int last = lastLineEnd(buffer, filled);
        if (last >= 0) { // the lines read since the last full buffer; what follows their last line end is cut off
            byte[] chunk = buffer;
            int lineEnds = last + 1;
            inFlight.addLast(pool.submit(() -> ExportLine.split(chunk, lineEnds, scanning)));
            filled -= lineEnds;
        }
        if (filled > 0) {
            while (!inFlight.isEmpty()) {
                fold(inFlight.removeFirst());
            }
            if (ended) {
                throw new MalformedExport("line " + (lineNumber + 1) + ": data after the end line");
            }
            throw new MalformedExport("line " + (lineNumber + 1)
                    + ": the export is incomplete: its last line is cut off (no line end)");
        }
    }

    private static int lastLineEnd(byte[] buffer, int filled) {
        int last = filled - 1;
        while (last >= 0 && buffer[last] != '\n') {
            last--;
        }
        return last;
    }

    private void fold(Future<List<ExportLine>> batch) throws IOException {
        List<ExportLine> lines;
        try {
            lines = batch.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while verifying", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IOException(e.getCause());
        }
        long before = lineNumber; // the batch's lines are numbered from 1 within it
        for (ExportLine line : lines) {
            lineNumber = before + line.number();
            if (ended) {
                throw malformed("data after the end line");
            }
            if (line.problem() != null) {
                throw malformed(line.problem());
            }
            accept(line);
        }
    }

    private void accept(ExportLine line) throws MalformedExport {
        String kind = line.kind();
        if (kind == null) {
            throw malformed("a line without its kind");
        }
        switch (kind) {
            case "event" -> {
                // The bytes are copied out of the chunk only when the hash a worker computed ahead cannot be used.
                boolean ahead = line.hashAhead() != null
                        && line.hashedAfter().equals(verifier.headHash(line.origin()));
                verifier.event(new LedgerVerifier.Entry(line.origin(), line.sequence(), line.eventId(),
                        ahead ? null : line.bytes(), line.hash()), () -> Envelope.canonical(tree(line.bytes())),
                        ahead ? new LedgerVerifier.HashAhead(line.hashedAfter(), line.hashAhead()) : null);
                tally.event(line.origin(), line.sequence(), line.hash());
            }
            case "checkpoint" -> {
                JsonNode n = tree(line.bytes());
                verifier.checkpoint(new Checkpoint(text(n, "origin"), n.path("sequence").asLong(), text(n, "hash"),
                        text(n, "time"), n.path("keyFingerprint").asText(), text(n, "signature")));
                tally.line(kind);
            }
            case "key" -> tally.line(kind); // informational, never trusted
            case ExportTally.END -> {
                String mismatch = tally.mismatch(tree(line.bytes())).orElse(null);
                if (mismatch != null) {
                    throw malformed(mismatch);
                }
                ended = true;
            }
            default -> throw malformed("unknown line kind \"" + kind + "\"");
        }
    }

    private String text(JsonNode n, String field) throws MalformedExport {
        if (!n.path(field).isTextual()) {
            throw malformed("a checkpoint line without its " + field);
        }
        return n.get(field).asText();
    }

    MalformedExport malformed(String reason) {
        return new MalformedExport("line " + lineNumber + ": " + reason);
    }

    private static JsonNode tree(byte[] json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
