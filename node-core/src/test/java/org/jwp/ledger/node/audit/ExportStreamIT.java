package org.jwp.ledger.node.audit;

import org.jwp.ledger.format.VerifyExport;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.node.support.Http;
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
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue «A large export is cut off mid-stream»: with Spring's asynchronous request timeout set to one second, an
 * export read by a slow client for far longer still arrives whole (it is not an asynchronous answer any more), ends
 * with its end line, and verifies offline.
 */
class ExportStreamIT {

    private static RunningNode cites;

    @BeforeAll
    static void aLedgerOfAFewMegabytes() {
        cites = RunningNode.start(Secretariat.CITES, "--spring.mvc.async.request-timeout=1s");
        // The first page (1,000 events of about 4.4 KB each) is larger than the most the kernel buffers for a sending
        // socket (4 MB by default): the node cannot have read the second page before the slow client has taken much
        // more than the 64 KB after which a test strikes.
        String text = "Exchange of trade data on shared species. ".repeat(90);
        for (int i = 0; i < 1200; i++) {
            // Past one page of the writer's reads (1,000 events), so that a failure can strike between two pages.
            String body = i < 1000 ? i + " " + text : "Call " + i;
            assertThat(cites.http("officer").post("/api/activities/D2/results", "{\"programme\":\"2021-2025\","
                    + "\"year\":2024,\"text\":\"" + body + "\",\"joint\":true}").status()).isEqualTo(201);
        }
    }

    @AfterAll
    static void stop() {
        cites.close();
    }

    @Test
    void aSlowDownloadOutlastingTheRequestTimeoutArrivesWholeAndVerifies() throws Exception {
        cites.signCheckpoint();
        long started = System.nanoTime();
        byte[] body = dechunk(slowDownload("/api/audit/export", () -> { }));
        double seconds = (System.nanoTime() - started) / 1e9;

        String text = new String(body, StandardCharsets.UTF_8);
        assertThat(body.length).isGreaterThan(2_000_000);
        assertThat(seconds).as("the download outlasted the 1 s request timeout, or it proves nothing")
                .isGreaterThan(1.0);
        assertThat(text.lines().reduce((a, b) -> b).orElseThrow()).startsWith("{\"kind\":\"end\"");
        Path file = Files.createTempFile("export", ".ndjson");
        Files.write(file, body);
        Path key = TestKeys.publicKeyFile(Secretariat.CITES);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = VerifyExport.run(new String[]{file.toString(), "--key", "CITES=" + key},
                new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(code).as(out.toString(StandardCharsets.UTF_8)).isZero();
    }

    @Test
    void anExportThatFailsAfterItStartedEndsAsABrokenTransferNotAShortWholeOne() throws Exception {
        byte[] raw = slowDownload("/api/audit/export", () -> cites.jdbc().queryForList("select "
                + "pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> "
                + "pg_backend_pid() and query like 'select e.origin, e.origin_sequence%'", Boolean.class));

        assertThat(complete(raw)).as("a chunked body ending with its last chunk").isFalse();
        assertThat(new String(raw, StandardCharsets.UTF_8)).doesNotContain("{\"kind\":\"end\"");
        assertThat(cites.recordResult(9999).status()).as("the node goes on").isEqualTo(201);
    }

    /**
     * A client with a small receive window that reads 4 KB at a time and pauses between reads; {@code once} runs
     * when the first 64 KB of the answer have arrived. Answers the raw HTTP response as received.
     */
    private static byte[] slowDownload(String path, Runnable once) throws IOException, InterruptedException {
        URI base = URI.create(cites.baseUrl());
        try (Socket socket = new Socket()) {
            socket.setReceiveBufferSize(8192);
            socket.connect(new java.net.InetSocketAddress(base.getHost(), base.getPort()));
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + Http.basic("auditor",
                    TestUsers.password("auditor")) + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            int n;
            boolean ran = false;
            try {
                while ((n = in.read(buffer)) >= 0) {
                    raw.write(buffer, 0, n);
                    if (!ran && raw.size() > 65_536) {
                        ran = true;
                        once.run();
                    }
                    Thread.sleep(2);
                }
            } catch (java.net.SocketException reset) {
                // the node reset the connection: what arrived until then is the answer
            }
            return raw.toByteArray();
        }
    }

    /** Whether a chunked HTTP/1.1 answer ends with its last (empty) chunk, as a complete body does. */
    private static boolean complete(byte[] response) {
        try {
            dechunk(response);
            return true;
        } catch (AssertionError | RuntimeException cut) {
            return false;
        }
    }

    /** The body of an HTTP/1.1 answer, chunked or not; fails on a chunked body without its last chunk. */
    private static byte[] dechunk(byte[] response) {
        String head = new String(response, 0, Math.min(response.length, 4096), StandardCharsets.ISO_8859_1);
        int bodyAt = head.indexOf("\r\n\r\n") + 4;
        assertThat(head).startsWith("HTTP/1.1 200");
        if (!head.substring(0, bodyAt).toLowerCase().contains("transfer-encoding: chunked")) {
            return java.util.Arrays.copyOfRange(response, bodyAt, response.length);
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = bodyAt;
        while (true) {
            int lineEnd = indexOf(response, at);
            int size = Integer.parseInt(new String(response, at, lineEnd - at, StandardCharsets.US_ASCII).trim(), 16);
            if (size == 0) {
                return body.toByteArray();
            }
            body.write(response, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
            assertThat(at).as("a chunked body without its last chunk: cut off").isLessThanOrEqualTo(response.length);
        }
    }

    private static int indexOf(byte[] bytes, int from) {
        for (int i = from; i < bytes.length - 1; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return i;
            }
        }
        throw new AssertionError("a chunked body without its last chunk: cut off");
    }
}
