package org.jwp.ledger.node.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a Word file's zip so the same document gives the same bytes on both nodes and at any time: entries in
 * the order written, each dated 1980-01-01 00:00 (the zip format's first date), whatever the time zone.
 */
final class DocxPackaging {

    private static final LocalDateTime FIXED = LocalDateTime.of(1980, 1, 1, 0, 0);

    private DocxPackaging() {
    }

    static byte[] reproducible(byte[] docx) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
             ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(FIXED);
                out.putNextEntry(copy);
                in.transferTo(out);
                out.closeEntry();
            }
            out.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
