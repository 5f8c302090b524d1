package org.jwp.ledger.node.security;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.node.support.Http;
import org.jwp.ledger.node.support.RunningNode;
import org.jwp.ledger.node.support.TestUsers;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Every endpoint group asked by no one, by the wrong role and by the right one: 401 without credentials (API) or a
 * sign-in redirect (pages), 403 for the wrong role, and through for the right one.
 */
class AccessRulesIT {

    private static final String RESULT = "{\"programme\":\"2021-2025\",\"year\":2024,\"text\":\"Shared data\","
            + "\"joint\":true}";
    private static RunningNode cites;

    @BeforeAll
    static void start() {
        cites = RunningNode.start(Secretariat.CITES, RunningNode.peerArgs(Secretariat.CMS, RunningNode.freePort()));
    }

    @AfterAll
    static void stop() {
        cites.close();
    }

    /** method, path, body, the role that may, a staff role that may not (null: every staff role may). */
    static Stream<Arguments> apiGroups() {
        return Stream.of(
                arguments("POST", "/api/activities/D2/results", RESULT, "officer", "auditor"),
                arguments("POST", "/api/consultations", "{}", "officer", "admin"),
                arguments("POST", "/api/staff-loans/CITES-LOAN-2024-0001/agreement", "{}", "officer", "auditor"),
                arguments("POST", "/api/representations/CMS-REP-2024-0001/acceptance", "{}", "officer", "admin"),
                arguments("GET", "/api/commitments", null, "officer", null),
                arguments("GET", "/api/ledger/events", null, "auditor", null),
                arguments("GET", "/api/ledger/heads", null, "admin", null),
                arguments("GET", "/api/activities/D2/results", null, "officer", null),
                arguments("GET", "/api/reports/annual/2024?format=json", null, "auditor", null),
                arguments("GET", "/api/identity", null, "admin", null),
                arguments("GET", "/api/replication/status", null, "officer", null),
                arguments("GET", "/v3/api-docs", null, "officer", null),
                arguments("GET", "/api/audit/verification", null, "auditor", "officer"),
                arguments("GET", "/api/audit/export", null, "auditor", "admin"),
                arguments("GET", "/api/audit/checkpoints", null, "auditor", "officer"),
                arguments("POST", "/api/audit/checkpoints", null, "admin", "officer"),
                arguments("POST", "/api/admin/replay", null, "admin", "auditor"),
                arguments("POST", "/api/admin/replay", null, "admin", "officer"),
                arguments("GET", "/actuator/metrics", null, "admin", "auditor"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("apiGroups")
    void anApiEndpointAnswersNoOne401TheWrongRole403AndTheRightRole(String method, String path, String body,
                                                                     String allowed, String refused) {
        Http.Response anonymous = Http.anonymous(cites.baseUrl()).send(method, path, "application/json", body);
        assertThat(anonymous.status()).as("anonymous").isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(anonymous.header("WWW-Authenticate")).contains("Basic", "Bearer");

        if (refused != null) {
            Http.Response wrongRole = cites.http(refused).send(method, path, "application/json", body);
            assertThat(wrongRole.status()).as(refused).isEqualTo(403);
            assertThat(wrongRole.json().get("type").asText()).isEqualTo("urn:jwp-ledger:problem:forbidden");
        }
        int status = cites.http(allowed).send(method, path, "application/json", body).status();
        assertThat(status).as(allowed + " passes the access rules (the request itself may still be judged)")
                .isNotIn(401, 403);
    }

    static Stream<Arguments> pages() {
        return Stream.of(arguments("/", "officer", null), arguments("/ledger", "auditor", null),
                arguments("/reports", "admin", null), arguments("/steps/request-consultation", "officer", "auditor"),
                arguments("/audit", "auditor", "officer"), arguments("/admin", "admin", "officer"),
                arguments("/admin", "admin", "auditor"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void aPageSendsNoOneToSignInRefusesTheWrongRoleAndOpensToTheRightOne(String path, String allowed,
                                                                        String refused) {
        Http.Response anonymous = Http.anonymous(cites.baseUrl()).get(path);
        assertThat(anonymous.status()).isEqualTo(302);
        assertThat(anonymous.location()).endsWith("/login");
        if (refused != null) {
            Http.Response wrongRole = cites.http(refused).send("GET", path, null, null, "Accept", "text/html");
            assertThat(wrongRole.status()).isEqualTo(403);
            assertThat(wrongRole.body()).contains("Not allowed");
        }
        Http.Response page = cites.http(allowed).send("GET", path, null, null, "Accept", "text/html");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("CITES Secretariat");
    }

    @Test
    void aWrongPasswordIsAnsweredLikeNoCredentials() {
        Http.Response r = Http.withAuthorization(cites.baseUrl(), Http.basic("officer", "not-the-password"))
                .get("/api/commitments");
        assertThat(r.status()).isEqualTo(401);
    }

    @Test
    void thePeersReplicationTokenOpensTheFeedAndNothingElse() {
        Http peer = Http.withAuthorization(cites.baseUrl(), "Bearer " + RunningNode.PAIR_TOKEN);
        assertThat(peer.get("/feeds/ledger?limit=1").status()).isEqualTo(200);
        assertThat(peer.get("/api/commitments").status()).isEqualTo(401);
        assertThat(peer.get("/api/ledger/events").status()).isEqualTo(401);
        assertThat(peer.post("/api/activities/D2/results", RESULT).status()).isEqualTo(401);
        assertThat(peer.get("/").status()).as("no page either").isIn(302, 401);
    }

    @Test
    void staffCredentialsDoNotOpenTheFeed() {
        assertThat(cites.http("admin").get("/feeds/ledger?limit=1").status()).isEqualTo(401);
        assertThat(Http.anonymous(cites.baseUrl()).get("/feeds/ledger?limit=1").status()).isEqualTo(401);
    }

    @Test
    void anApiClientsBearerTokenRecordsInItsAccountsName() {
        Http client = Http.withAuthorization(cites.baseUrl(), "Bearer " + TestUsers.API_TOKEN);
        Http.Response created = client.post("/api/activities/D2/results", RESULT);
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asText();
        String metadata = cites.jdbc().queryForObject("select convert_from(meta_data, 'UTF8') from "
                + "domain_event_entry where aggregate_identifier = ?", String.class, id);
        assertThat(metadata).contains("\"recordedBy\":\"api-client\"");
        assertThat(Http.withAuthorization(cites.baseUrl(), "Bearer not-a-token").get("/api/commitments").status())
                .isEqualTo(401);
    }

    @Test
    void aBearerTokenStaysSignedInForAStreamedAnswer() {
        Http robot = Http.withAuthorization(cites.baseUrl(), "Bearer " + TestUsers.AUDIT_TOKEN);
        Http.Response export = robot.get("/api/audit/export");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.contentType()).startsWith("application/x-ndjson");
        assertThat(export.body()).contains("\"kind\":\"key\"");
    }

    @Test
    void theHealthCheckIsOpenButItsDetailsAreNot() {
        Http.Response open = Http.anonymous(cites.baseUrl()).get("/actuator/health");
        assertThat(open.status()).isEqualTo(200);
        assertThat(open.json().has("components")).isFalse();
        assertThat(cites.http("admin").get("/actuator/health").json().has("components")).isTrue();
    }

    @Test
    void answersCarryTheStandardSecurityHeaders() {
        Http.Response r = cites.http("officer").get("/api/commitments");
        assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(r.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(r.header("Content-Security-Policy")).contains("default-src 'self'", "frame-ancestors 'none'");
        assertThat(r.header("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(r.header("Cache-Control")).contains("no-store");
        assertThat(r.header("Set-Cookie")).as("an API call with credentials opens no session").isNull();
    }
}
