package org.jwp.ledger.node.web;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.node.support.Http;
import org.jwp.ledger.node.support.RunningNode;
import org.jwp.ledger.node.support.TestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Finding 4 of docs/security.md: oversized and ambiguous input. A body past the limit is refused before it is parsed,
 * JSON that could be read two ways is refused, every error of every path is problem+json, and text a reader could not
 * see as stored is refused. Each refusal leaves the ledger as it was.
 */
class HostileInputLimitsIT {

    private static RunningNode cites;
    private static Http officer;

    @BeforeAll
    static void start() {
        cites = RunningNode.start(Secretariat.CITES);
        officer = cites.http("officer");
    }

    @AfterAll
    static void stop() {
        cites.close();
    }

    /** A consultation body whose activity codes number two million: 10 MB of JSON. */
    private static String twoMillionCodes() {
        StringBuilder codes = new StringBuilder(10_000_000);
        for (int i = 0; i < 2_000_000; i++) {
            codes.append(i == 0 ? "" : ",").append("\"C3\"");
        }
        return "{\"requestedFrom\":\"CMS\",\"meeting\":\"CITES CoP20\",\"proposal\":\"Prop. 12\",\"taxon\":\"Carcharhinus "
                + "longimanus\",\"proposedChange\":\"Include in Appendix II\",\"dueDate\":\"2025-06-30\","
                + "\"activityCodes\":[" + codes + "]}";
    }

    @Test
    void aTenMegabyteBodyIsRefusedWith413BeforeItIsParsed() {
        long before = cites.eventCount();

        Http.Response r = officer.post("/api/consultations", twoMillionCodes());

        assertThat(r.status()).isEqualTo(413);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("detail").asText()).contains("1048576");
        assertThat(cites.eventCount()).isEqualTo(before);
        assertThat(cites.recordResult(1).status()).as("the node still records").isEqualTo(201);
    }

    @Test
    void aTenMegabyteBodySentWithoutItsLengthIsRefusedWith413WhenItPassesTheLimit() throws IOException {
        long before = cites.eventCount();
        byte[] body = twoMillionCodes().getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream chunked = new ByteArrayOutputStream();
        for (int off = 0; off < body.length; off += 65_536) {
            int n = Math.min(65_536, body.length - off);
            chunked.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            chunked.write(body, off, n);
            chunked.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        chunked.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));

        Raw r = raw("POST /api/consultations HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                + Http.basic("officer", TestUsers.password("officer")) + "\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n", chunked.toByteArray());

        assertThat(r.status()).isEqualTo(413);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(cites.eventCount()).isEqualTo(before);
    }

    @Test
    void aMemberGivenTwiceIsRefused() {
        Http.Response r = officer.post("/api/activities/D2/results",
                "{\"programme\":\"2021-2025\",\"year\":2024,\"text\":\"a\",\"text\":\"b\",\"joint\":true}");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.body()).contains("Duplicate field");
    }

    @Test
    void dataAfterTheJsonValueIsRefused() {
        Http.Response r = officer.post("/api/activities/D2/results",
                "{\"programme\":\"2021-2025\",\"year\":2024,\"text\":\"a\",\"joint\":true} {\"text\":\"b\"}");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
    }

    @Test
    void deepNestingIsRefusedWhileParsing() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        Http.Response r = officer.post("/api/activities/D2/results",
                "{\"programme\":\"2021-2025\",\"year\":2024,\"text\":\"a\",\"joint\":true,\"species\":" + deep + "}");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        // Typed bodies stop at the first value of the wrong shape; the bound holds wherever JSON is read as a tree.
        assertThatThrownBy(() -> cites.bean(ObjectMapper.class).readTree(deep))
                .isInstanceOf(StreamConstraintsException.class).hasMessageContaining("nesting depth");
        assertThatThrownBy(() -> cites.bean(ObjectMapper.class).readTree("\"" + "x".repeat(40_000) + "\""))
                .isInstanceOf(StreamConstraintsException.class).hasMessageContaining("String value length");
        assertThatThrownBy(() -> cites.bean(ObjectMapper.class).readTree("1" + "0".repeat(100)))
                .isInstanceOf(StreamConstraintsException.class).hasMessageContaining("Number value length");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u202E", "\u2066", "\u200B", "\u2028", "\uFFFF", "\uE000", "\u0085"})
    void invisibleOrReorderingCharactersAreRefusedInOneLineFieldsAndParagraphs(String c) {
        long before = cites.eventCount();
        String escaped = String.format("\\u%04X", (int) c.charAt(0));
        Http.Response oneLine = officer.post("/api/activities/D2/results", "{\"programme\":\"2021-2025\",\"year\":2024,"
                + "\"text\":\"Shared data\",\"species\":[\"Saiga " + escaped + "tatarica\"],\"joint\":true}");
        Http.Response paragraph = officer.post("/api/activities/D2/results", "{\"programme\":\"2021-2025\","
                + "\"year\":2024,\"text\":\"Shared " + escaped + "data\",\"joint\":true}");

        assertThat(oneLine.status()).as(oneLine.body()).isEqualTo(400);
        assertThat(oneLine.body()).contains("species");
        assertThat(paragraph.status()).as(paragraph.body()).isEqualTo(400);
        assertThat(paragraph.body()).contains("text");
        assertThat(cites.eventCount()).isEqualTo(before);
    }

    @Test
    void paragraphsKeepTheirLineBreaks() {
        assertThat(officer.post("/api/activities/D2/results", "{\"programme\":\"2021-2025\",\"year\":2024,"
                + "\"text\":\"First line\\nSecond line\",\"joint\":true}").status()).isEqualTo(201);
    }

    @Test
    void markdownReportsShowLinkSyntaxInStoredTextAsText() {
        assertThat(officer.post("/api/activities/D2/results", "{\"programme\":\"2021-2025\",\"year\":2023,"
                + "\"text\":\"See [the minutes](javascript:alert(1)) and ![x](http://example.org/x.png)\","
                + "\"joint\":true,\"actedOn\":\"2023-05-01\"}").status()).isEqualTo(201);
        cites.awaitProjected();

        String md = cites.http("auditor").get("/api/reports/annual/2023?format=md").body();

        assertThat(md).contains("See \\[the minutes\\](javascript:alert(1)) and !\\[x\\](http://example.org/x.png)")
                .doesNotContain("[the minutes](");
    }

    @Test
    void everyErrorOfEveryPathIsProblemJson() throws IOException {
        Http anonymous = Http.anonymous(cites.baseUrl());
        Http auditor = cites.http("auditor");
        assertProblem(officer.post("/api/consultations", "{\"requestedFrom\":"), 400);
        assertProblem(anonymous.get("/api/commitments"), 401);
        assertProblem(auditor.post("/api/activities/D2/results", "{}"), 403);
        assertProblem(officer.get("/api/no-such-thing"), 404);
        assertProblem(officer.get("/no-such-page"), 404);
        assertProblem(officer.send("DELETE", "/api/commitments", null, null), 405);
        assertProblem(officer.post("/api/activities/D2/results", "text/plain", "hello"), 415);
        assertProblem(officer.get("/error"), 500);
        Raw undecodable = raw("GET /api/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", new byte[0]);
        assertThat(undecodable.status()).isEqualTo(400);
        assertThat(undecodable.contentType()).startsWith("application/problem+json");
        assertThat(undecodable.body()).contains("\"status\":400");
    }

    @Test
    void aBrowserAskingForAMissingPageGetsThePage() {
        Http.Response page = officer.send("GET", "/no-such-page", null, null, "Accept", "text/html");

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("There is no such page or item.");
    }

    private static void assertProblem(Http.Response r, int status) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.contentType()).as(r.toString()).startsWith("application/problem+json");
        assertThat(r.json().get("status").asInt()).isEqualTo(status);
        assertThat(r.json().get("detail").asText()).isNotBlank();
    }

    private record Raw(int status, String contentType, String body) {
    }

    /** A request written byte for byte, as a client the JDK's would not send. */
    private static Raw raw(String head, byte[] body) throws IOException {
        URI base = URI.create(cites.baseUrl());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            try {
                out.write(body);
                out.flush();
            } catch (IOException closedEarly) {
                // The node may answer and close before it has read the whole body: its answer is what counts.
            }
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String[] parts = response.split("\r\n\r\n", 2);
            int status = Integer.parseInt(parts[0].split(" ")[1]);
            String type = parts[0].lines().filter(l -> l.toLowerCase().startsWith("content-type:"))
                    .map(l -> l.substring(13).strip()).findFirst().orElse("");
            return new Raw(status, type, parts.length > 1 ? parts[1] : "");
        }
    }
}
