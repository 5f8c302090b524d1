package org.jwp.ledger.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's HAProxy in front of several instances of one node, as a secretariat would run them: requests go round
 * the instances that answer {@code /actuator/health}, checked every second; an instance that stops answering is out
 * after two failed checks, and a request it could not take is sent to another.
 */
final class Haproxy implements AutoCloseable {

    private final Proc process;
    final int port;

    private Haproxy(Proc process, int port) {
        this.process = process;
        this.port = port;
    }

    static Haproxy start(Path work, int port, List<Integer> instances) throws IOException, InterruptedException {
        StringBuilder cfg = new StringBuilder("""
                global
                    maxconn 512
                defaults
                    mode http
                    timeout connect 2s
                    timeout client 60s
                    timeout server 60s
                    retries 2
                    option redispatch
                    option http-server-close
                frontend node
                    bind 127.0.0.1:%d
                    default_backend instances
                backend instances
                    balance roundrobin
                    option httpchk GET /actuator/health
                    http-check expect status 200
                """.formatted(port));
        for (int i = 0; i < instances.size(); i++) {
            cfg.append("    server instance").append(i + 1).append(" 127.0.0.1:").append(instances.get(i))
                    .append(" check inter 1s fall 2 rise 1\n");
        }
        Path file = work.resolve("haproxy-" + port + ".cfg");
        Files.writeString(file, cfg);
        Proc p = Proc.start("haproxy", List.of("haproxy", "-db", "-f", file.toString()), Map.of(),
                work.resolve("haproxy-" + port + ".log"));
        for (int attempt = 0; attempt < 100; attempt++) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return new Haproxy(p, port);
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        p.close();
        throw new IllegalStateException("haproxy did not listen on " + port + "; see " + work.resolve("haproxy-" + port
                + ".log"));
    }

    @Override
    public void close() throws InterruptedException {
        process.close();
    }
}
