package org.jwp.ledger.node.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Converts a Word file to PDF with LibreOffice and reads the PDF's text page by page with poppler's pdftotext, as
 * a reader would see it printed. Both are Debian packages ./ledger test installs; missing, the test fails saying so.
 */
final class WordToPdf {

    private WordToPdf() {
    }

    static List<String> pages(Path docx) throws IOException, InterruptedException {
        Path dir = docx.getParent();
        // A profile of its own: a LibreOffice already running for the user would otherwise take the job and exit 0.
        run(dir, "soffice", "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless",
                "--convert-to", "pdf", "--outdir", dir.toString(), docx.toString());
        Path pdf = dir.resolve(docx.getFileName().toString().replaceAll("\\.docx$", ".pdf"));
        assertThat(pdf).as("the PDF LibreOffice wrote").exists();
        Path text = dir.resolve("pages.txt");
        run(dir, "pdftotext", "-layout", pdf.toString(), text.toString());
        // pdftotext ends each page with a form feed.
        List<String> pages = List.of(Files.readString(text, StandardCharsets.UTF_8).split("\f"));
        return pages.stream().filter(p -> !p.isBlank()).toList();
    }

    private static void run(Path dir, String... command) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(dir.resolve(command[0] + ".log").toFile()).start();
        } catch (IOException e) {
            throw new AssertionError(command[0] + " is missing: run ./ledger test (it installs LibreOffice and "
                    + "poppler-utils), or apt-get install -y libreoffice-writer-nogui poppler-utils", e);
        }
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as(command[0] + " finished").isTrue();
        assertThat(p.exitValue()).as(command[0] + " exit code; see " + dir.resolve(command[0] + ".log"))
                .isZero();
    }
}
