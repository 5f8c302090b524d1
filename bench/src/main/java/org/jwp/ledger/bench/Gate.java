package org.jwp.ledger.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The network between a node and its peer, as the chaos run controls it: a TCP proxy on loopback that forwards
 * ({@link Mode#OPEN}), refuses connections ({@link Mode#REFUSED}: nothing listens), or accepts and never answers
 * ({@link Mode#SILENT}). Changing the mode cuts every connection it holds.
 */
final class Gate implements AutoCloseable {

    enum Mode { OPEN, REFUSED, SILENT }

    private final int port;
    private final int target;
    private final List<Socket> held = new CopyOnWriteArrayList<>();
    private volatile ServerSocket server;
    private volatile Mode mode = Mode.REFUSED;

    Gate(int port, int target) {
        this.port = port;
        this.target = target;
    }

    int port() {
        return port;
    }

    synchronized void set(Mode next) throws IOException {
        closeAll();
        mode = next;
        if (next != Mode.REFUSED) {
            ServerSocket s = listen();
            server = s;
            Thread acceptor = new Thread(() -> accept(s, next), "gate-" + port);
            acceptor.setDaemon(true);
            acceptor.start();
        }
    }

    /**
     * Binds the gate's port again. Right after the connections of the previous mode are cut the kernel may still
     * refuse the port for a moment ("Address already in use", seen reopening after SILENT): retry for up to 15 s.
     */
    private ServerSocket listen() throws IOException {
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (true) {
            ServerSocket s = new ServerSocket();
            s.setReuseAddress(true);
            try {
                s.bind(new InetSocketAddress("127.0.0.1", port));
                return s;
            } catch (BindException busy) {
                s.close();
                if (System.nanoTime() > deadline) {
                    throw busy;
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw busy;
                }
            }
        }
    }

    Mode mode() {
        return mode;
    }

    private void accept(ServerSocket s, Mode as) {
        while (!s.isClosed()) {
            Socket in;
            try {
                in = s.accept();
            } catch (IOException closed) {
                return;
            }
            held.add(in);
            if (as == Mode.OPEN) {
                forward(in);
            }
            // SILENT: the connection stays open, and nothing is ever read or written
        }
    }

    /**
     * A peer that is down (not listening yet, or killed) cuts this one connection, as the network would; the gate
     * keeps accepting. It used to stop accepting for good, so a node started before its peer never reached it again
     * until the gate's mode changed (found when a restarted node had to compare its chain with its peer).
     */
    private void forward(Socket in) {
        try {
            Socket out = new Socket("127.0.0.1", target);
            held.add(out);
            pump(in.getInputStream(), out.getOutputStream(), in, out);
            pump(out.getInputStream(), in.getOutputStream(), in, out);
        } catch (IOException peerDown) {
            quietly(in);
            held.remove(in);
        }
    }

    private static void pump(InputStream from, OutputStream to, Socket a, Socket b) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[64 * 1024];
            try {
                int n;
                while ((n = from.read(buffer)) >= 0) {
                    to.write(buffer, 0, n);
                    to.flush();
                }
            } catch (IOException cut) {
                // either side closed, or the gate changed mode
            } finally {
                quietly(a);
                quietly(b);
            }
        }, "gate-pump");
        t.setDaemon(true);
        t.start();
    }

    private void closeAll() {
        if (server != null) {
            quietly(server);
            server = null;
        }
        held.forEach(Gate::quietly);
        held.clear();
    }

    private static void quietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception ignored) {
            // already closed
        }
    }

    @Override
    public synchronized void close() {
        closeAll();
    }
}
