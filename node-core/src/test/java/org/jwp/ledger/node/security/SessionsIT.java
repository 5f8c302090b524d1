package org.jwp.ledger.node.security;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.node.support.Http;
import org.jwp.ledger.node.support.RunningNode;
import org.jwp.ledger.node.support.TestUsers;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Form sign-in and its session: cookie flags, CSRF on every form and on session-borne API writes, sign-out. */
class SessionsIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String FORM = "application/x-www-form-urlencoded";
    private static RunningNode cites;
    private static Http http;

    @BeforeAll
    static void start() {
        cites = RunningNode.start(Secretariat.CITES);
        http = Http.anonymous(cites.baseUrl());
    }

    @AfterAll
    static void stop() {
        cites.close();
    }

    @Test
    void signingInGivesASecureHttpOnlySameSiteSessionCookie() {
        Http.Response signedIn = signIn("officer", TestUsers.password("officer"));
        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.location()).endsWith("/");
        assertThat(signedIn.header("Set-Cookie")).startsWith("LEDGER_SESSION=")
                .contains("Secure", "HttpOnly", "SameSite=Strict");
    }

    @Test
    void aWrongPasswordLeadsBackToTheSignInPage() {
        Http.Response r = signIn("officer", "wrong");
        assertThat(r.location()).endsWith("/login?error");
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefusedAndRecordsNothing() {
        String session = cookie(signIn("officer", TestUsers.password("officer")));
        long before = cites.eventCount();
        Http.Response refused = http.send("POST", "/steps/record-result", FORM, result(null), "Cookie", session);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("expired or did not come from this node");
        assertThat(cites.eventCount()).isEqualTo(before);

        String token = csrf(http.send("GET", "/steps/record-result", null, null, "Cookie", session).body());
        Http.Response recorded = http.send("POST", "/steps/record-result", FORM, result(token), "Cookie", session);
        assertThat(recorded.status()).isEqualTo(302);
        assertThat(cites.eventCount()).isEqualTo(before + 1);
        assertThat(cites.jdbc().queryForObject("select convert_from(meta_data, 'UTF8') from domain_event_entry "
                + "order by global_index desc limit 1", String.class)).contains("\"recordedBy\":\"officer\"");
    }

    @Test
    void anApiWriteCarriedByTheSessionCookieNeedsTheCsrfTokenToo() {
        String session = cookie(signIn("officer", TestUsers.password("officer")));
        String body = "{\"programme\":\"2021-2025\",\"year\":2024,\"text\":\"Via the session\",\"joint\":true}";
        assertThat(http.send("POST", "/api/activities/D2/results", "application/json", body, "Cookie", session)
                .status()).isEqualTo(403);
        String token = csrf(http.send("GET", "/steps/record-result", null, null, "Cookie", session).body());
        assertThat(http.send("POST", "/api/activities/D2/results", "application/json", body, "Cookie", session,
                "X-CSRF-TOKEN", token).status()).isEqualTo(201);
    }

    /**
     * Sessions live in the node's database (Spring Session JDBC): behind a load balancer, a browser signed in on one
     * instance is signed in on the other, its CSRF token holds there, and signing out on one ends it on both.
     */
    @Test
    void aSessionBegunOnOneInstanceServesOnAnotherWithItsCsrfTokenAndEndsOnBoth() {
        try (RunningNode twin = RunningNode.start(Secretariat.CITES, cites.databaseUrl(), new Class<?>[0])) {
            Http other = Http.anonymous(twin.baseUrl());
            String session = cookie(signIn("officer", TestUsers.password("officer")));
            long before = cites.eventCount();

            Http.Response form = other.send("GET", "/steps/record-result", null, null, "Cookie", session);
            assertThat(form.status()).as("signed in on the other instance").isEqualTo(200);
            String token = csrf(form.body());
            assertThat(http.send("POST", "/steps/record-result", FORM, result(token), "Cookie", session).status())
                    .as("a token the other instance gave").isEqualTo(302);
            String here = csrf(http.send("GET", "/steps/record-result", null, null, "Cookie", session).body());
            assertThat(other.send("POST", "/steps/record-result", FORM, result(here), "Cookie", session).status())
                    .as("a token this instance gave, sent to the other").isEqualTo(302);
            assertThat(cites.eventCount()).isEqualTo(before + 2);

            assertThat(other.send("POST", "/logout", FORM, "_csrf=" + here, "Cookie", session, "Accept",
                    "text/html").location()).endsWith("/login?signedOut");
            assertThat(http.send("GET", "/", null, null, "Cookie", session).status())
                    .as("signed out everywhere").isEqualTo(302);
        }
    }

    @Test
    void signingOutEndsTheSession() {
        String session = cookie(signIn("auditor", TestUsers.password("auditor")));
        assertThat(http.send("GET", "/", null, null, "Cookie", session).status()).isEqualTo(200);
        String token = csrf(http.send("GET", "/", null, null, "Cookie", session).body());
        assertThat(http.send("POST", "/logout", FORM, "_csrf=" + token, "Cookie", session, "Accept", "text/html")
                .location()).endsWith("/login?signedOut");
        assertThat(http.send("GET", "/", null, null, "Cookie", session).status()).isEqualTo(302);
    }

    @Test
    void aSessionCookieWithAnAuthorizationHeaderOfAnyOtherKindRecordsNothing() {
        String session = cookie(signIn("officer", TestUsers.password("officer")));
        String body = "{\"programme\":\"2021-2025\",\"year\":2024,\"text\":\"Riding on the session\",\"joint\":true}";
        long before = cites.eventCount();

        Http.Response foo = http.send("POST", "/api/activities/D2/results", "application/json", body,
                "Cookie", session, "Authorization", "Foo bar");
        Http.Response wrongPassword = http.send("POST", "/api/activities/D2/results", "application/json", body,
                "Cookie", session, "Authorization", Http.basic("officer", "not-the-password"));

        assertThat(foo.status()).as(foo.toString()).isIn(401, 403);
        assertThat(wrongPassword.status()).as(wrongPassword.toString()).isEqualTo(401);
        assertThat(cites.eventCount()).isEqualTo(before);
    }

    @Test
    void repeatedFailedSignInsAreHeldBackWith429EvenWithTheRightPassword() {
        Http guesser = Http.withAuthorization(cites.baseUrl(), Http.basic("guessed", "wrong-1"));
        for (int i = 0; i < 5; i++) {
            assertThat(guesser.get("/api/commitments").status()).isEqualTo(401);
        }
        Http.Response held = guesser.get("/api/commitments");
        Http.Response rightPassword = Http.withAuthorization(cites.baseUrl(),
                Http.basic("guessed", TestUsers.password("guessed"))).get("/api/commitments");

        assertThat(held.status()).isEqualTo(429);
        assertThat(held.contentType()).startsWith("application/problem+json");
        assertThat(Long.parseLong(held.header("Retry-After"))).isPositive();
        assertThat(rightPassword.status()).as("no guess is even checked meanwhile").isEqualTo(429);
        assertThat(cites.http("officer").get("/api/commitments").status()).as("other accounts").isEqualTo(200);
    }

    @Test
    void theSignInFormSaysHowLongToWaitAfterRepeatedFailures() {
        for (int i = 0; i < 5; i++) {
            signIn("form-guessed", "wrong-" + i);
        }
        Http.Response held = signIn("form-guessed", "wrong-again");

        assertThat(held.status()).isEqualTo(302);
        assertThat(held.location()).contains("/login?throttled=");
        assertThat(http.get(held.location().substring(held.location().indexOf("/login"))).body())
                .contains("Too many failed sign-ins");
    }

    private static Http.Response signIn(String user, String password) {
        Http.Response login = http.get("/login");
        assertThat(login.body()).contains("Sign in to the CITES node").doesNotContain("Demo accounts");
        return http.send("POST", "/login", FORM, "username=" + user + "&password=" + enc(password) + "&_csrf="
                + enc(csrf(login.body())), "Cookie", cookie(login));
    }

    private static String result(String token) {
        return "activityCodes=" + enc("2021-2025:D2") + "&year=2024&text=" + enc("Shared trade data") + "&joint=true"
                + (token == null ? "" : "&_csrf=" + enc(token));
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("the form carries a CSRF token").isTrue();
        return m.group(1);
    }

    private static String cookie(Http.Response r) {
        String set = r.header("Set-Cookie");
        assertThat(set).as("a session cookie").isNotNull();
        return set.substring(0, set.indexOf(';'));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
