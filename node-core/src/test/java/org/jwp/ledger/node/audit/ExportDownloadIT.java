package org.jwp.ledger.node.audit;

import org.jwp.ledger.format.VerifyExport;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.node.support.RunningNode;
import org.jwp.ledger.node.support.TestKeys;
import org.jwp.ledger.node.support.TestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue «A large export is cut off mid-stream»: {@code ./ledger export} goes on from the last complete event when the
 * transfer breaks, and the file it writes is the export a single download would have given, and verifies.
 */
class ExportDownloadIT {

    private static RunningNode cites;
    private static Path key;

    @BeforeAll
    static void aSignedLedger() throws IOException {
        cites = RunningNode.start(Secretariat.CITES, "--ledger.checkpoint.max-wait=PT1H");
        for (int i = 0; i < 300; i++) {
            assertThat(cites.recordResult(i).status()).isEqualTo(201);
        }
        cites.signCheckpoint();
        key = TestKeys.publicKeyFile(Secretariat.CITES);
    }

    @AfterAll
    static void stop() {
        cites.close();
    }

    @Test
    void aDownloadThatBreaksTwiceGoesOnFromItsLastCompleteEventAndVerifies() throws Exception {
        Path file = Files.createTempFile("export", ".ndjson");
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        int code;
        try (CuttingProxy proxy = new CuttingProxy(URI.create(cites.baseUrl()).getPort(), 60_000, 2)) {
            code = ExportDownload.run(new String[]{"--node", "http://127.0.0.1:" + proxy.port(), "--out",
                    file.toString(), "--user", "auditor:" + TestUsers.password("auditor")},
                    new PrintStream(said, true, StandardCharsets.UTF_8));
            assertThat(proxy.cut()).as("the proxy did break the transfer").isEqualTo(2);
        }

        assertThat(code).as(said.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(said.toString(StandardCharsets.UTF_8)).contains("broke off after").contains("went on after 2");
        List<String> whole = cites.http("auditor").get("/api/audit/export").body().lines().toList();
        assertThat(Files.readAllLines(file)).containsExactlyElementsOf(whole);
        assertThat(verify(file)).startsWith("0").contains("VERIFIED");
    }

    @Test
    void aResumedPartWithoutItsEndLineIsNeverTakenForTheWhole() throws Exception {
        Path file = Files.createTempFile("export", ".ndjson");
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        int code;
        try (CuttingProxy proxy = new CuttingProxy(URI.create(cites.baseUrl()).getPort(), 10_000,
                ExportDownload.ATTEMPTS)) {
            code = ExportDownload.run(new String[]{"--node", "http://127.0.0.1:" + proxy.port(), "--out",
                    file.toString(), "--user", "auditor:" + TestUsers.password("auditor")},
                    new PrintStream(said, true, StandardCharsets.UTF_8));
        }

        assertThat(code).isOne();
        assertThat(said.toString(StandardCharsets.UTF_8)).contains("is incomplete");
        assertThat(verify(file)).startsWith("1").contains("incomplete");
    }

    private static String verify(Path file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = VerifyExport.run(new String[]{file.toString(), "--key", "CITES=" + key},
                new PrintStream(out, true, StandardCharsets.UTF_8));
        return code + " " + out.toString(StandardCharsets.UTF_8);
    }

    /** Passes connections to the node; the first {@code cuts} answers are cut off after {@code bytes} bytes. */
    private static final class CuttingProxy implements AutoCloseable {

        private final ServerSocket server = new ServerSocket(0, 16, InetAddress.getLoopbackAddress());
        private final AtomicInteger cut = new AtomicInteger();

        CuttingProxy(int nodePort, int bytes, int cuts) throws IOException {
            Thread accept = new Thread(() -> {
                while (!server.isClosed()) {
                    try {
                        Socket client = server.accept();
                        Socket node = new Socket(InetAddress.getLoopbackAddress(), nodePort);
                        boolean cutThis = cut.get() < cuts;
                        pump(client.getInputStream(), node.getOutputStream(), Long.MAX_VALUE, null, null);
                        pump(node.getInputStream(), client.getOutputStream(), cutThis ? bytes : Long.MAX_VALUE,
                                client, node);
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
            accept.setDaemon(true);
            accept.start();
        }

        int port() {
            return server.getLocalPort();
        }

        int cut() {
            return cut.get();
        }

        private void pump(InputStream in, OutputStream out, long limit, Socket a, Socket b) {
            Thread t = new Thread(() -> {
                byte[] buffer = new byte[8192];
                long passed = 0;
                try {
                    int n;
                    while ((n = in.read(buffer)) >= 0) {
                        int take = (int) Math.min(n, limit - passed);
                        out.write(buffer, 0, take);
                        out.flush();
                        passed += take;
                        if (passed >= limit) {
                            cut.incrementAndGet();
                            a.setSoLinger(true, 0); // a reset, as when a connection breaks
                            a.close();
                            b.close();
                            return;
                        }
                    }
                } catch (IOException gone) {
                    // either side closed
                }
            });
            t.setDaemon(true);
            t.start();
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }
}
