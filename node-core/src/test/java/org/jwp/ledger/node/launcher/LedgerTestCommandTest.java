package org.jwp.ledger.node.launcher;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's test command ({@code ./ledger test}) installs what the tests need on a machine that lacks it. Run here
 * with a PATH that has no Chromium and a stand-in apt-get that records what it is asked and "installs" stand-ins, so
 * the script's decisions are checked without touching this machine's packages.
 */
class LedgerTestCommandTest {

    private static final Path LEDGER = Path.of("..", "ledger").toAbsolutePath().normalize();

    private static final String PACKAGES = "chromium chromium-driver libreoffice-writer-nogui poppler-utils haproxy";
    private static final String INSTALL = "install -y -q " + PACKAGES;

    @TempDir
    Path dir;
    private Path bin;
    private Path calls;

    @BeforeEach
    void aMachineWithoutChromium() throws IOException {
        bin = Files.createDirectories(dir.resolve("bin"));
        calls = dir.resolve("apt-calls");
        for (String tool : List.of("bash", "env", "dirname")) {
            Path real = Path.of("/usr/bin", tool);
            Files.createSymbolicLink(bin.resolve(tool), Files.exists(real) ? real : Path.of("/bin", tool));
        }
        script("id", "echo 0");
        // Installs a stand-in axe-core where npm would, recording the call.
        script("npm", """
                echo "npm $*" >> "%1$s"
                while [[ $# -gt 0 && "$1" != --prefix ]]; do shift; done
                /bin/mkdir -p "$2/node_modules/axe-core"
                echo '/*! axe v4.14.1 stand-in */' > "$2/node_modules/axe-core/axe.min.js"
                """.formatted(dir.resolve("npm-calls")));
        // Installs the stand-ins only once "apt-get update" has run when the lists are marked stale.
        script("apt-get", """
                echo "$*" >> "%1$s"
                if [[ "$1" == update ]]; then /bin/rm -f "%2$s/stale"; exit 0; fi
                [[ -e "%2$s/stale" ]] && exit 100
                for p in "$@"; do
                  case "$p" in
                    chromium) printf '#!/bin/bash\\n' > "%3$s/chromium"; /bin/chmod +x "%3$s/chromium" ;;
                    chromium-driver) printf '#!/bin/bash\\n' > "%3$s/chromedriver"; /bin/chmod +x "%3$s/chromedriver" ;;
                    libreoffice-writer-nogui) printf '#!/bin/bash\\n' > "%3$s/soffice"; /bin/chmod +x "%3$s/soffice" ;;
                    poppler-utils) printf '#!/bin/bash\\n' > "%3$s/pdftotext"; /bin/chmod +x "%3$s/pdftotext" ;;
                    haproxy) printf '#!/bin/bash\\n' > "%3$s/haproxy"; /bin/chmod +x "%3$s/haproxy" ;;
                  esac
                done
                """.formatted(calls, dir, bin));
    }

    @Test
    void theFirstRunInstallsChromiumAndItsDriverAndSaysWhy() throws Exception {
        Run first = setupTests();

        assertThat(first.exit()).as(first.output()).isZero();
        assertThat(first.output()).contains("Installing chromium: the browser tests")
                .contains("Installing chromium-driver:")
                .contains("Installing libreoffice-writer-nogui: the Word report")
                .contains("Installing poppler-utils:").contains("Installing haproxy: the chaos run")
                .contains("Installed " + PACKAGES + ".")
                .contains("Installing axe-core 4.14.1 into .test-tools/").contains("Installed axe-core 4.14.1.");
        assertThat(Files.readString(dir.resolve("npm-calls"))).contains("install", "axe-core@4.14.1");
        assertThat(Files.readAllLines(calls)).containsExactly(INSTALL);
        assertThat(bin.resolve("chromium")).exists();
        assertThat(bin.resolve("chromedriver")).exists();
        assertThat(bin.resolve("soffice")).exists();
        assertThat(bin.resolve("pdftotext")).exists();
        assertThat(bin.resolve("haproxy")).exists();
    }

    @Test
    void aSecondRunInstallsNothing() throws Exception {
        setupTests();
        Files.delete(calls);

        Run second = setupTests();

        assertThat(second.exit()).isZero();
        assertThat(second.output()).doesNotContain("Installing").contains("needs are installed")
                .contains("axe-core 4.14.1 is installed");
        assertThat(calls).doesNotExist();
    }

    @Test
    void packageListsAreUpdatedWhenAPackageIsNotFound() throws Exception {
        Files.writeString(dir.resolve("stale"), "");

        Run run = setupTests();

        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.output()).contains("apt-get update");
        assertThat(Files.readAllLines(calls)).containsExactly(INSTALL, "update -q", INSTALL);
    }

    @Test
    void withoutRootItFailsNamingThePackages() throws Exception {
        script("id", "echo 1000");

        Run run = setupTests();

        assertThat(run.exit()).isNotZero();
        assertThat(run.output()).contains("Cannot install " + PACKAGES).contains("root");
        assertThat(calls).doesNotExist();
    }

    private void script(String name, String body) throws IOException {
        Path file = bin.resolve(name);
        Files.writeString(file, "#!/bin/bash\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private record Run(int exit, String output) {
    }

    private Run setupTests() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(bin.resolve("bash").toString(), LEDGER.toString(), "setup-tests")
                .redirectErrorStream(true);
        pb.environment().put("PATH", bin.toString());
        pb.environment().put("LEDGER_TEST_TOOLS", dir.resolve("tools").toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out);
    }
}
