package org.jwp.ledger.node.replication;

import org.jwp.ledger.node.peers.Peer;
import org.jwp.ledger.node.peers.PeerSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How this node reaches each peer (docs/security.md, finding 5). At start it refuses a plain-{@code http://} peer
 * outside the demo profile unless {@code LEDGER_PEERS_<i>_ALLOW_PLAIN_HTTP=true} says so (the reason is in the log and
 * the start-up error); an {@code https://} peer is trusted through the JVM's trust store, or, with
 * {@code LEDGER_PEERS_<i>_CA_FILE}, through the CA certificates in that PEM file only.
 */
@Component
class PeerTransport implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(PeerTransport.class);
    private static final Map<Peer, HttpClient> CLIENTS = new ConcurrentHashMap<>();

    private final PeerSettings settings;
    private final boolean demo;

    PeerTransport(PeerSettings settings, Environment environment) {
        this.settings = settings;
        this.demo = environment.acceptsProfiles(Profiles.of("demo"));
    }

    @Override
    public void afterPropertiesSet() {
        for (Peer peer : settings.peers()) {
            if ("http".equals(peer.url().getScheme()) && !demo && !peer.allowPlainHttp()) {
                String reason = "peer " + peer + " is plain http://: between organisations the link crosses the "
                        + "internet unencrypted (the pair's token and every event readable on the way). Use https:// "
                        + "(LEDGER_PEERS_<i>_URL, with LEDGER_PEERS_<i>_CA_FILE for a private CA), or set "
                        + "LEDGER_PEERS_<i>_ALLOW_PLAIN_HTTP=true where the link is private (docs/security.md)";
                log.error("Refusing to start: {}", reason);
                throw new IllegalStateException(reason);
            }
            if ("http".equals(peer.url().getScheme())) {
                log.warn("Peer {} is reached over plain HTTP ({})", peer, demo ? "demo profile" : "explicitly allowed");
            }
            client(peer); // a CA file that cannot be read stops the start, not the first replication
        }
    }

    /** The HTTP client for this peer: its own trust when it has a CA file, the JVM's otherwise. */
    static HttpClient client(Peer peer) {
        return CLIENTS.computeIfAbsent(peer, p -> {
            HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5));
            if (p.caFile() != null && !p.caFile().isBlank()) {
                builder.sslContext(trusting(Path.of(p.caFile()), p));
            }
            return builder.build();
        });
    }

    private static SSLContext trusting(Path caFile, Peer peer) {
        try (InputStream in = Files.newInputStream(caFile)) {
            Collection<? extends Certificate> cas = CertificateFactory.getInstance("X.509").generateCertificates(in);
            if (cas.isEmpty()) {
                throw new IllegalStateException("LEDGER_PEERS_<i>_CA_FILE of " + peer + " (" + caFile
                        + ") holds no certificate");
            }
            KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
            trust.load(null, null);
            int i = 0;
            for (Certificate ca : cas) {
                trust.setCertificateEntry("peer-ca-" + i++, ca);
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read LEDGER_PEERS_<i>_CA_FILE of " + peer + " (" + caFile + "): "
                    + e.getMessage(), e);
        }
    }
}
