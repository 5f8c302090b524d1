package org.jwp.ledger.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One line of an NDJSON export as a worker parsed it, apart from every other line, so lines can be parsed and hashed
 * in parallel while {@link ExportReader} folds them in order. Carries what the fold needs: the line's kind, the hash
 * it claims, the envelope's place and bytes, and, where the line before it in the same batch was its origin's
 * previous event, the chain hash computed ahead over that event's <em>claimed</em> hash: the fold uses it only when
 * that claimed hash is the one it verified, so the result is the one a single thread would reach.
 */
record ExportLine(long number, String kind, String hash, String origin, long sequence, String eventId,
                  byte[] chunk, int from, int to, String hashedAfter, String hashAhead,
                  String problem) {

    private static final JsonFactory FACTORY = new JsonFactory()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /**
     * Splits a chunk of whole lines (each ended by {@code \n}) and parses them; numbered from 1 within the chunk, for
     * the reader to place. Runs on a worker, so finding the line ends is not the reading thread's work.
     */
    static List<ExportLine> split(byte[] chunk, int length, boolean scanning) {
        int[] ends = lineEnds(chunk, length);
        int count = ends.length;
        int[] starts = new int[count];
        for (int k = 1; k < count; k++) {
            starts[k] = ends[k - 1] + 1;
        }
        return parse(chunk, starts, ends, count, 1, scanning);
    }

    /** Where each {@code \n} of the chunk's first {@code length} bytes stands, in order. */
    static int[] lineEnds(byte[] chunk, int length) {
        int[] ends = new int[2048];
        int count = 0;
        int i = 0;
        // Eight bytes at a time: x is the word with each byte compared to '\n' by XOR, so a line end is a zero byte;
        // ~(((x & 0x7F…) + 0x7F…) | x | 0x7F…) sets the top bit of exactly the zero bytes (no carry crosses a byte).
        for (; i + Long.BYTES <= length; i += Long.BYTES) {
            long x = (long) JsonBytes.WORDS.get(chunk, i) ^ 0x0A0A0A0A0A0A0A0AL;
            long found = ~(((x & 0x7F7F7F7F7F7F7F7FL) + 0x7F7F7F7F7F7F7F7FL) | x | 0x7F7F7F7F7F7F7F7FL);
            while (found != 0) {
                if (count == ends.length) {
                    ends = Arrays.copyOf(ends, count * 2);
                }
                ends[count++] = i + Long.numberOfTrailingZeros(found) / 8;
                found &= found - 1;
            }
        }
        for (; i < length; i++) {
            if (chunk[i] == '\n') {
                if (count == ends.length) {
                    ends = Arrays.copyOf(ends, count * 2);
                }
                ends[count++] = i;
            }
        }
        return Arrays.copyOf(ends, count);
    }

    /**
     * Parses the lines {@code [starts[i], ends[i])} of {@code chunk}, the first being line {@code firstNumber}: by the
     * {@link ExportScanner} where it reads a line, by the strict parser otherwise (or always, if not {@code scanning}).
     */
    static List<ExportLine> parse(byte[] chunk, int[] starts, int[] ends, int count, long firstNumber,
                                  boolean scanning) {
        List<ExportLine> parsed = new ArrayList<>(count);
        ExportLine previous = null;
        for (int i = 0; i < count; i++) {
            ExportLine scanned = scanning ? ExportScanner.scan(chunk, starts[i], ends[i], firstNumber + i) : null;
            ExportLine line = scanned != null ? scanned : parse(chunk, starts[i], ends[i], firstNumber + i);
            if (line.isEvent() && previous != null && previous.isEvent() && previous.origin.equals(line.origin)
                    && previous.sequence + 1 == line.sequence) {
                line = withHashAhead(line, previous.hash);
            }
            parsed.add(line);
            previous = line;
        }
        return parsed;
    }

    /** The envelope's bytes (an event line) or the line's (any other), as written; a copy, made only when asked. */
    byte[] bytes() {
        return Arrays.copyOfRange(chunk, from, to);
    }

    boolean isEvent() {
        return problem == null && "event".equals(kind);
    }

    /**
     * The line with its chain hash computed ahead over the previous line's claimed hash. Not over a claimed hash that
     * cannot be one (cut, not hex): the fold never accepts such a hash, and it must be reported as that line's
     * failure, not end the reading.
     */
    private static ExportLine withHashAhead(ExportLine line, String after) {
        String ahead;
        try {
            ahead = ChainHash.next(after, line.chunk, line.from, line.to);
        } catch (IllegalArgumentException notHex) {
            return line;
        }
        return new ExportLine(line.number, line.kind, line.hash, line.origin, line.sequence, line.eventId, line.chunk,
                line.from, line.to, after, ahead, null);
    }

    private static ExportLine parse(byte[] chunk, int from, int to, long number) {
        try (JsonParser p = FACTORY.createParser(chunk, from, to - from)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return failed(number, "not a JSON object");
            }
            String kind = null;
            String hash = null;
            Envelope env = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "kind" -> kind = p.getValueAsString();
                    case "hash" -> hash = p.getValueAsString();
                    case "envelope" -> env = Envelope.read(p, from);
                    default -> p.skipChildren();
                }
            }
            if (p.nextToken() != null) {
                return failed(number, "data after the line's JSON object");
            }
            if ("event".equals(kind)) {
                if (env == null || hash == null) {
                    return failed(number, "an event line without its envelope or hash");
                }
                if (env.problem != null) {
                    return failed(number, env.problem);
                }
                return new ExportLine(number, kind, hash, env.origin, env.sequence, env.eventId, chunk, env.start,
                        env.end, null, null, null);
            }
            return new ExportLine(number, kind, hash, null, 0, null, chunk, from, to, null, null, null);
        } catch (JsonProcessingException e) {
            return failed(number, "not valid JSON (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            return failed(number, "unreadable (" + e.getMessage() + ")");
        }
    }

    private static ExportLine failed(long number, String reason) {
        return new ExportLine(number, null, null, null, 0, null, null, 0, 0, null, null, reason);
    }

    /** The fields of an envelope the verifier places the event by, and where the envelope's bytes lie in the chunk. */
    private record Envelope(String origin, long sequence, String eventId, int start, int end, String problem) {

        static Envelope read(JsonParser p, int lineStart) throws IOException {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                p.skipChildren();
                return new Envelope(null, 0, null, 0, 0, "an event's envelope is not a JSON object");
            }
            int start = lineStart + (int) p.currentTokenLocation().getByteOffset();
            String origin = null;
            long sequence = -1;
            String eventId = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "origin" -> origin = p.getValueAsString();
                    case "sequence" -> sequence = p.getValueAsLong(-1);
                    case "eventId" -> eventId = p.getValueAsString();
                    default -> p.skipChildren();
                }
            }
            int end = lineStart + (int) p.currentLocation().getByteOffset();
            String problem = origin == null || eventId == null || sequence < 1
                    ? "an event's envelope lacks its origin, sequence or eventId" : null;
            return new Envelope(origin, sequence, eventId, start, end, problem);
        }
    }
}
