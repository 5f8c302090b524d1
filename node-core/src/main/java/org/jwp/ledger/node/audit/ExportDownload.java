package org.jwp.ledger.node.audit;

import org.jwp.ledger.format.ExportTally;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * {@code ./ledger export --out FILE [--node URL]}: downloads a node's export, saying how many bytes and events have
 * arrived as it goes, and, when the transfer breaks, goes on from the last complete event of each origin
 * ({@code ?after=…&through=…}, up to the heads the first answer named) instead of starting again. The file it writes
 * is the export as one download would have given it, ending with an end line that counts it whole; a part that ends
 * without its own end line is never taken for complete. Credentials: {@code --user name:password} or
 * {@code LEDGER_USER}; {@code LEDGER_TOKEN} for a bearer token.
 */
public final class ExportDownload {

    static final int ATTEMPTS = 6;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI node;
    private final String authorization;
    private final PrintStream say;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private ExportTally whole = new ExportTally();
    private final Map<String, Long> last = new TreeMap<>();
    private long bytes;
    private long lastSaid;

    ExportDownload(URI node, String authorization, PrintStream say) {
        this.node = node;
        this.authorization = authorization;
        this.say = say;
    }

    public static void main(String[] args) throws Exception {
        System.exit(run(args, System.err));
    }

    public static int run(String[] args, PrintStream say) throws Exception {
        String node = "http://127.0.0.1:8081";
        Path out = null;
        String user = System.getenv("LEDGER_USER");
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--node" -> node = args[i + 1];
                case "--out" -> out = Path.of(args[i + 1]);
                case "--user" -> user = args[i + 1];
                default -> {
                    say.println("usage: ledger export --out FILE [--node URL] [--user name:password]");
                    return 2;
                }
            }
        }
        if (out == null || args.length % 2 != 0) {
            say.println("usage: ledger export --out FILE [--node URL] [--user name:password]");
            return 2;
        }
        String token = System.getenv("LEDGER_TOKEN");
        String authorization = token != null ? "Bearer " + token : "Basic " + Base64.getEncoder().encodeToString(
                (user == null ? "auditor:auditor" : user).getBytes(StandardCharsets.UTF_8));
        return new ExportDownload(URI.create(node.replaceAll("/+$", "")), authorization, say).to(out);
    }

    /** Downloads a node's export into {@code file}; 0 when it arrived whole (see the class comment). */
    public static int download(URI node, String authorization, Path file, PrintStream say)
            throws IOException, InterruptedException {
        return new ExportDownload(node, authorization, say).to(file);
    }

    int to(Path file) throws IOException, InterruptedException {
        Map<String, Long> through = null;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
            for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
                boolean resuming = through != null && events() > 0;
                if (!resuming) { // nothing past the keys and checkpoints yet: start again, on a fresh snapshot
                    out.flush();
                    channel.truncate(0).position(0);
                    reset();
                    through = null;
                }
                String query = !resuming ? "" : "?after=" + enc(positions(last, through)) + "&through="
                        + enc(positions(through, through));
                try {
                    HttpResponse<InputStream> answer = http.send(HttpRequest.newBuilder(URI.create(node
                                    + "/api/audit/export" + query)).header("Authorization", authorization).GET().build(),
                            HttpResponse.BodyHandlers.ofInputStream());
                    if (answer.statusCode() != 200) {
                        say.println("The node answered " + answer.statusCode() + ": "
                                + new String(answer.body().readAllBytes(), StandardCharsets.UTF_8));
                        return 1;
                    }
                    if (!resuming) {
                        through = heads(answer.headers().firstValue(AuditController.EXPORT_HEADS).orElseThrow(() ->
                                new IOException("the node did not say which heads its export covers")));
                    }
                    if (part(answer.body(), out)) {
                        out.write(JSON.writeValueAsBytes(whole.endLine()));
                        out.write('\n');
                        out.flush();
                        say.printf("Downloaded %s: %,d bytes, %,d events%s%n", file, bytes, events(),
                                attempt > 1 ? " (went on after " + (attempt - 1) + " break(s))" : "");
                        return 0;
                    }
                    say.printf("The download broke off after %,d events; going on from there%n", events());
                } catch (IOException broken) {
                    say.printf("The download broke off after %,d events (%s); going on from there%n", events(),
                            broken.getMessage());
                }
                Thread.sleep(500L * attempt);
            }
        }
        say.println("The export could not be downloaded whole in " + ATTEMPTS + " attempts: " + file + " is incomplete");
        return 1;
    }

    private void reset() {
        whole = new ExportTally();
        last.clear();
        bytes = 0;
        lastSaid = 0;
    }

    /** Copies one answer's complete lines; true when it ended with an end line that matches them. */
    private boolean part(InputStream in, OutputStream out) throws IOException {
        ExportTally part = new ExportTally();
        byte[] buffer = new byte[1 << 16];
        byte[] pending = new byte[0];
        int n;
        try (in) {
            while ((n = in.read(buffer)) >= 0) {
                byte[] data = concat(pending, buffer, n);
                int start = 0;
                for (int i = 0; i < data.length; i++) {
                    if (data[i] == '\n') {
                        byte[] line = Arrays.copyOfRange(data, start, i);
                        start = i + 1;
                        JsonNode node = JSON.readTree(line);
                        if ("end".equals(node.path("kind").asText())) {
                            return part.mismatch(node).isEmpty();
                        }
                        take(node, line, part, out);
                    }
                }
                pending = Arrays.copyOfRange(data, start, data.length);
            }
        }
        return false; // the answer ended without its end line: cut off
    }

    private void take(JsonNode node, byte[] line, ExportTally part, OutputStream out) throws IOException {
        String kind = node.path("kind").asText();
        if (kind.equals("event")) {
            String origin = node.at("/envelope/origin").asText();
            long sequence = node.at("/envelope/sequence").asLong();
            part.event(origin, sequence, node.path("hash").asText());
            whole.event(origin, sequence, node.path("hash").asText());
            last.put(origin, sequence);
        } else {
            part.line(kind);
            whole.line(kind);
        }
        out.write(line);
        out.write('\n');
        bytes += line.length + 1;
        if (bytes - lastSaid >= 50L << 20) {
            lastSaid = bytes;
            say.printf("  %,d MB, %,d events%n", bytes >> 20, events());
        }
    }

    private long events() {
        return whole.endLine().path("lines").path("event").asLong();
    }

    private static byte[] concat(byte[] a, byte[] b, int n) {
        byte[] c = Arrays.copyOf(a, a.length + n);
        System.arraycopy(b, 0, c, a.length, n);
        return c;
    }

    private static Map<String, Long> heads(String header) {
        Map<String, Long> heads = new LinkedHashMap<>();
        if (!header.isBlank()) {
            for (String part : header.split(",")) {
                String[] kv = part.split(":", 2);
                heads.put(kv[0], Long.parseLong(kv[1]));
            }
        }
        return heads;
    }

    private static String positions(Map<String, Long> values, Map<String, Long> origins) {
        return origins.keySet().stream().map(o -> o + ":" + values.getOrDefault(o, 0L))
                .collect(Collectors.joining(","));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
