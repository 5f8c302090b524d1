package org.jwp.ledger.node.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.node.support.Http;
import org.jwp.ledger.node.support.RunningNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * X-Forwarded-* are believed only from the proxies LEDGER_TRUSTED_PROXIES names (issue 31): a client that rotates its
 * own X-Forwarded-For is still counted at the address it connects from, and its X-Forwarded-Host never reaches a
 * redirect. Tomcat's default believed every loopback and private address.
 */
class ForwardedHeadersIT {

    private RunningNode node;

    @AfterEach
    void stop() {
        node.close();
    }

    @Test
    void withoutATrustedProxyFailedSignInsCountAtTheConnectingAddressWhateverTheHeaderSays() {
        node = RunningNode.start(Secretariat.CITES);
        Http anonymous = Http.anonymous(node.baseUrl());
        for (int i = 1; i <= 6; i++) {
            Http.Response refused = anonymous.send("GET", "/api/commitments", null, null, "Authorization",
                    Http.basic("stranger-" + i, "wrong"), "X-Forwarded-For", "203.0.113." + i);
            assertThat(refused.status()).isEqualTo(401);
        }

        SignInThrottle throttle = node.bean(SignInThrottle.class);
        assertThat(throttle.failuresFrom("127.0.0.1")).isEqualTo(6);
        assertThat(throttle.failuresFrom("203.0.113.1")).isZero();
    }

    @Test
    void withoutATrustedProxyARedirectNeverNamesTheHostTheClientForwarded() {
        node = RunningNode.start(Secretariat.CITES);

        Http.Response r = Http.anonymous(node.baseUrl()).send("GET", "/items", null, null,
                "X-Forwarded-Host", "evil.example", "X-Forwarded-Proto", "https");

        assertThat(r.status()).isEqualTo(302);
        assertThat(r.location()).doesNotContain("evil.example");
    }

    @Test
    void theConfiguredProxyIsBelieved() {
        node = RunningNode.start(Secretariat.CITES, "--ledger.trusted-proxies=127.0.0.1");
        Http.Response refused = Http.anonymous(node.baseUrl()).send("GET", "/api/commitments", null, null,
                "Authorization", Http.basic("stranger", "wrong"), "X-Forwarded-For", "203.0.113.7");
        Http.Response redirect = Http.anonymous(node.baseUrl()).send("GET", "/items", null, null,
                "X-Forwarded-Host", "ledger.cites.example", "X-Forwarded-Proto", "https");

        assertThat(refused.status()).isEqualTo(401);
        assertThat(node.bean(SignInThrottle.class).failuresFrom("203.0.113.7")).isEqualTo(1);
        assertThat(node.bean(SignInThrottle.class).failuresFrom("127.0.0.1")).isZero();
        assertThat(redirect.location()).startsWith("https://ledger.cites.example/");
    }
}
