package org.jwp.ledger.node.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Text written out as it is made, in UTF-8: a year's report can hold 100,000 passages (tens of megabytes of HTML),
 * which a node must not hold as one string. Appends only what a report writes (text, characters, counts), so a
 * number can never be taken for a character code as with {@link Writer#write(int)}.
 */
final class ReportOut {

    private static final int FLUSH_AT = 1 << 15;

    private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 1024);
    private final Writer out;

    ReportOut(OutputStream out) {
        this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    }

    /** Writes the text into the stream and flushes it; the stream stays open. */
    static void write(OutputStream stream, Consumer<ReportOut> writing) {
        ReportOut out = new ReportOut(stream);
        writing.accept(out);
        out.finish();
    }

    /** The whole text as bytes: for tests, and the formats a page embeds. */
    static byte[] bytes(Consumer<ReportOut> writing) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        write(bytes, writing);
        return bytes.toByteArray();
    }

    ReportOut append(String text) {
        buffer.append(text);
        return spill();
    }

    ReportOut append(char c) {
        buffer.append(c);
        return spill();
    }

    ReportOut append(long n) {
        buffer.append(n);
        return spill();
    }

    /** Writes what is left and flushes; the stream stays open (it is the response's). */
    void finish() {
        try {
            out.write(buffer.toString());
            buffer.setLength(0);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ReportOut spill() {
        if (buffer.length() >= FLUSH_AT) {
            try {
                out.write(buffer.toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            buffer.setLength(0);
        }
        return this;
    }
}
