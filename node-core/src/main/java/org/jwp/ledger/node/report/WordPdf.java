package org.jwp.ledger.node.report;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The PDF of a report, made from its Word file by LibreOffice ({@code LEDGER_SOFFICE}, default {@code soffice} on the
 * PATH), so that the PDF is the Word document as a Standing Committee member would print it. A node without LibreOffice
 * offers no PDF: the pages do not link it and {@code format=pdf} is answered 501.
 */
@Component
public class WordPdf {

    private final String soffice;

    WordPdf(@Value("${ledger.soffice:soffice}") String soffice) {
        this.soffice = soffice;
    }

    public boolean available() {
        if (soffice.contains(File.separator)) {
            return Files.isExecutable(Path.of(soffice));
        }
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, soffice)));
    }

    /** One conversion at a time: LibreOffice is heavy on a small machine, and a report is asked for rarely. */
    public synchronized byte[] convert(byte[] docx) throws IOException {
        Path dir = Files.createTempDirectory("ledger-pdf");
        try {
            Path in = Files.write(dir.resolve("report.docx"), docx);
            // A profile of its own: a LibreOffice already running for this user would otherwise take the job.
            Process p = new ProcessBuilder(soffice, "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                    "--headless", "--convert-to", "pdf", "--outdir", dir.toString(), in.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
            if (!p.waitFor(3, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IOException("LibreOffice did not finish the PDF within 3 minutes");
            }
            Path pdf = dir.resolve("report.pdf");
            if (p.exitValue() != 0 || !Files.exists(pdf)) {
                throw new IOException("LibreOffice could not make the PDF (exit " + p.exitValue() + "): "
                        + Files.readString(dir.resolve("soffice.log")).strip());
            }
            return Files.readAllBytes(pdf);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while LibreOffice made the PDF", e);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}
