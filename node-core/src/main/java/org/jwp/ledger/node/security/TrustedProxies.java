package org.jwp.ledger.node.security;

import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Forwarded headers ({@code X-Forwarded-For}, {@code -Host}, {@code -Proto}) are believed only from the proxies named
 * in {@code LEDGER_TRUSTED_PROXIES} (IP addresses, comma-separated; default none). Tomcat's own default trusts every
 * private and loopback address, so any client reaching the node from such an address (or through a proxy that passes
 * the client's header on) could pick its own address for sign-in throttling and its own host for redirects.
 */
@Component
class TrustedProxies implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final List<String> addresses;

    TrustedProxies(@Value("${ledger.trusted-proxies:}") String configured) {
        this.addresses = Arrays.stream(configured.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(TrustedProxies::literal).toList();
    }

    /** An IP address as Tomcat writes a peer's address; a host name is refused (its address could change). */
    private static String literal(String address) {
        if (!address.matches("[0-9.]+|[0-9A-Fa-f:]+")) {
            throw new IllegalArgumentException("LEDGER_TRUSTED_PROXIES takes IP addresses, not " + address);
        }
        try {
            return InetAddress.getByName(address).getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("LEDGER_TRUSTED_PROXIES: " + address + " is not an IP address", e);
        }
    }

    /** The pattern a remote address must match to be believed about the client: none when no proxy is named. */
    String pattern() {
        return addresses.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.getEngineValves().stream().filter(RemoteIpValve.class::isInstance).map(RemoteIpValve.class::cast)
                .forEach(valve -> {
                    valve.setInternalProxies(pattern()); // empty: Tomcat believes no address
                    valve.setTrustedProxies(null);
                });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE; // after Spring Boot has added the valve with its defaults
    }
}
