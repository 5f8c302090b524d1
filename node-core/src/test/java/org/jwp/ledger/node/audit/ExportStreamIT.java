package org.jwp.ledger.node.audit;

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
        String text = "Exchange of trade data on shared species. ".repeat(90);
        for (int i = 0; i < 600; i++) {
            assertThat(cites.http("officer").post("/api/activities/D2/results", "{\"programme\":\"2021-2025\","
                    + "\"year\":2024,\"text\":\"" + i + " " + text + "\",\"joint\":true}").status()).isEqualTo(201);
        }
        assertThat(cites.http("auditor").post("/api/audit/checkpoints", null).status()).isEqualTo(201);
    }

    @AfterAll
    static void stop() {
        cites.close();
    }

    @Test
    void aSlowDownloadOutlastingTheRequestTimeoutArrivesWholeAndVerifies() throws Exception {
        long started = System.nanoTime();
        byte[] body = slowDownload("/api/audit/export");
        double seconds = (System.nanoTime() - started) / 1e9;

        String text = new String(body, StandardCharsets.UTF_8);
        assertThat(body.length).isGreaterThan(2_000_000);
        assertThat(seconds).as("the download outlasted the 1 s request timeout, or it proves nothing")
                .isGreaterThan(1.0);
        assertThat(text.lines().reduce((a, b) -> b).orElseThrow()).startsWith("{\"kind\":\"end\"");
        Path file = Files.createTempFile("export", ".ndjson");
        Files.write(file, body);
        Path key = Files.createTempFile("cites", ".pub.pem");
        Files.writeString(key, TestKeys.publicKeyPem(Secretariat.CITES));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = VerifyExport.run(new String[]{file.toString(), "--key", "CITES=" + key},
                new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(code).as(out.toString(StandardCharsets.UTF_8)).isZero();
    }

    /** A client with a small receive window that reads 4 KB at a time and pauses between reads. */
    private static byte[] slowDownload(String path) throws IOException, InterruptedException {
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
            while ((n = in.read(buffer)) >= 0) {
                raw.write(buffer, 0, n);
                Thread.sleep(2);
            }
            return dechunk(raw.toByteArray());
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
