package org.jwp.ledger.node.replication;

import org.jwp.ledger.node.peers.Peer;
import com.fasterxml.jackson.databind.JsonNode;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.node.ledger.LedgerStore;
import org.jwp.ledger.node.support.Http;
import org.jwp.ledger.node.support.RunningNode;
import org.jwp.ledger.node.support.TestDatabases;
import org.jwp.ledger.node.support.TestKeys;
import org.jwp.ledger.node.support.TestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Finding 5 of docs/security.md: between organisations the peer link crosses the internet. CMS serves HTTPS with a
 * certificate this test makes; CITES follows it trusting only that certificate ({@code LEDGER_PEERS_0_CA_FILE}); a
 * node without it does not trust CMS; and a plain-http peer outside the demo profile stops the start unless allowed.
 */
class PeerTlsIT {

    private static final String STORE_PASSWORD = "test-store-password";
    private static Path certificate;
    private static RunningNode cms;
    private static int cmsPort;
    private static int citesPort;
    private static final List<RunningNode> citesNodes = new ArrayList<>();

    @BeforeAll
    static void cmsServingHttpsWithACertificateMadeHere() throws Exception {
        Path dir = Files.createTempDirectory("tls");
        Path store = dir.resolve("cms.p12");
        certificate = dir.resolve("cms-ca.pem");
        keytool("-genkeypair", "-alias", "cms", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                "-dname", "CN=cms-node", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-keystore", store.toString(),
                "-storetype", "PKCS12", "-storepass", STORE_PASSWORD, "-keypass", STORE_PASSWORD);
        keytool("-exportcert", "-rfc", "-alias", "cms", "-keystore", store.toString(), "-storepass", STORE_PASSWORD,
                "-file", certificate.toString());
        cmsPort = RunningNode.freePort();
        citesPort = RunningNode.freePort();
        List<String> args = new ArrayList<>(List.of(RunningNode.peerArgs(Secretariat.CITES, citesPort)));
        args.addAll(List.of("--server.port=" + cmsPort, "--server.ssl.key-store=" + store,
                "--server.ssl.key-store-type=PKCS12", "--server.ssl.key-store-password=" + STORE_PASSWORD));
        cms = RunningNode.start(Secretariat.CMS, TestDatabases.newDatabase(), new Class<?>[0],
                args.toArray(String[]::new));
    }

    @AfterAll
    static void stop() {
        citesNodes.forEach(RunningNode::close);
        cms.close();
    }

    @Test
    void aPeerOverHttpsTrustedThroughItsCaFileReplicates() throws Exception {
        RunningNode cites = cites("--ledger.peers[0].ca-file=" + certificate).awaitWritable();
        HttpRequest request = HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + cmsPort
                        + "/api/activities/D2/results"))
                .header("Authorization", Http.basic("cms-officer", TestUsers.password("cms-officer")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"programme\":\"2021-2025\",\"year\":2024,"
                        + "\"text\":\"Sent over TLS\",\"joint\":true}")).build();
        // CMS opens writes once it has compared its chain with CITES's at start (503 until then): wait for that state.
        java.util.concurrent.atomic.AtomicReference<HttpResponse<String>> answer = new java.util.concurrent.atomic
                .AtomicReference<>();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            answer.set(PeerTransport.client(cmsAsPeer(certificate.toString())).send(request,
                    HttpResponse.BodyHandlers.ofString()));
            return answer.get().statusCode() != 503;
        });
        HttpResponse<String> recorded = answer.get();

        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(30)).until(() -> cites.bean(LedgerStore.class).heads()
                .getOrDefault("CMS", 0L) >= 1);
    }

    @Test
    void withoutTheCaFileTheJvmsTrustStoreDoesNotTrustTheMadeUpCertificate() {
        RunningNode cites = cites();

        JsonNode status = await().atMost(Duration.ofSeconds(60)).until(
                () -> cites.http("auditor").get("/api/replication/status").json().get(0),
                s -> s.path("reason").asText().contains("PKIX") || s.path("reason").asText().contains("certif"));
        assertThat(status.get("state").asText()).isEqualTo("RETRYING");
        assertThat(cites.bean(LedgerStore.class).heads().getOrDefault("CMS", 0L)).isZero();
    }

    @Test
    void aPlainHttpPeerOutsideTheDemoProfileStopsTheStartWithTheReason() {
        String[] plain = {"--ledger.peers[0].id=CMS", "--ledger.peers[0].url=http://127.0.0.1:" + cmsPort,
                "--ledger.peers[0].token=" + RunningNode.PAIR_TOKEN,
                "--ledger.peers[0].public-key=" + TestKeys.publicKeyPem(Secretariat.CMS)};

        assertThatThrownBy(() -> RunningNode.start(Secretariat.CITES, TestDatabases.newDatabase(), new Class<?>[0],
                plain)).rootCause().hasMessageContaining("plain http://").hasMessageContaining("ALLOW_PLAIN_HTTP");
    }

    private static RunningNode cites(String... more) {
        List<String> args = new ArrayList<>(List.of("--ledger.peers[0].id=CMS",
                "--ledger.peers[0].url=https://127.0.0.1:" + cmsPort, "--ledger.peers[0].token=" + RunningNode.PAIR_TOKEN,
                "--ledger.peers[0].public-key=" + TestKeys.publicKeyPem(Secretariat.CMS),
                "--server.port=" + (citesNodes.isEmpty() ? citesPort : 0)));
        args.addAll(List.of(more));
        RunningNode node = RunningNode.start(Secretariat.CITES, TestDatabases.newDatabase(), new Class<?>[0],
                args.toArray(String[]::new));
        citesNodes.add(node);
        return node;
    }

    private static Peer cmsAsPeer(String caFile) {
        return new Peer(Secretariat.CMS, URI.create("https://127.0.0.1:" + cmsPort), RunningNode.PAIR_TOKEN,
                TestKeys.publicKeyPem(Secretariat.CMS), caFile, false);
    }

    private static void keytool(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool")
                .toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(out).isZero();
    }
}
