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
 * <p>Lines are parsed and hashed in parallel ({@link ExportLine}: batches of lines, one worker per core, a bounded
 * number of batches in flight) and folded into the verifier in order, on this thread: the chain's order, the first
 * failure and every message are those of a single-threaded reading.
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
    private long lineNumber;
    private boolean ended;

    ExportReader(LedgerVerifier verifier) {
        this(verifier, Runtime.getRuntime().availableProcessors());
    }

    ExportReader(LedgerVerifier verifier, int workers) {
        this.verifier = verifier;
        this.workers = Math.max(1, workers);
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
            long read = readBatches(export, pool, inFlight);
            while (!inFlight.isEmpty()) {
                fold(inFlight.removeFirst());
            }
            if (!ended) {
                throw new MalformedExport("the export is incomplete: it ends after line " + read
                        + " without its end line (cut off while it was written or downloaded?)");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Splits the export into batches of whole lines for the workers; returns the number of lines. */
    private long readBatches(InputStream export, ExecutorService pool, Deque<Future<List<ExportLine>>> inFlight)
            throws IOException {
        byte[] buffer = new byte[CHUNK];
        int filled = 0;
        int n;
        long lines = 0;
        while ((n = export.read(buffer, filled, buffer.length - filled)) >= 0) {
            filled += n;
            int[] starts = new int[1024];
            int[] ends = new int[1024];
            int count = 0;
            int start = 0;
            for (int i = filled - n; i < filled; i++) {
                if (buffer[i] == '\n') {
                    if (count == starts.length) {
                        starts = Arrays.copyOf(starts, count * 2);
                        ends = Arrays.copyOf(ends, count * 2);
                    }
                    starts[count] = start;
                    ends[count++] = i;
                    start = i + 1;
                }
            }
            if (count > 0) {
                byte[] chunk = Arrays.copyOf(buffer, start);
                int[] s = starts;
                int[] e = ends;
                int c = count;
                long first = lines + 1;
                inFlight.addLast(pool.submit(() -> ExportLine.parse(chunk, s, e, c, first)));
                lines += count;
                while (inFlight.size() > workers * 2) {
                    fold(inFlight.removeFirst());
                }
            }
            System.arraycopy(buffer, start, buffer, 0, filled - start);
            filled -= start;
            if (filled == buffer.length) { // one line longer than the buffer
                buffer = Arrays.copyOf(buffer, buffer.length * 2);
            }
        }
        if (filled > 0) {
            while (!inFlight.isEmpty()) {
                fold(inFlight.removeFirst());
            }
            if (ended) {
                throw new MalformedExport("line " + (lines + 1) + ": data after the end line");
            }
            throw new MalformedExport("line " + (lines + 1)
                    + ": the export is incomplete: its last line is cut off (no line end)");
        }
        return lines;
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
        for (ExportLine line : lines) {
            lineNumber = line.number();
            if (ended) {
                throw malformed("data after the end line");
            }
            if (line.error() != null) {
                throw line.error();
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
                byte[] asWritten = line.bytes();
                verifier.event(new LedgerVerifier.Entry(line.origin(), line.sequence(), line.eventId(), asWritten,
                        line.hash()), () -> Envelope.canonical(tree(asWritten)),
                        line.hashAhead() == null ? null : new LedgerVerifier.HashAhead(line.hashedAfter(),
                                line.hashAhead()));
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
