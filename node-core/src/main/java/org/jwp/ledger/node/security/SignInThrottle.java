package org.jwp.ledger.node.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed sign-ins slow down whoever keeps guessing (docs/security.md, finding 5): after
 * {@code ledger.sign-in.free-failures} failures in a row for one account (default 5), or four times as many from one
 * client address, each further attempt must wait twice as long as the last — 1 s, 2 s, 4 s … up to 15 minutes —
 * whatever its password, so a guesser cannot simply keep going. A success clears the account's count; an address's
 * count is forgotten 15 minutes after its last failure.
 */
@Component
class SignInThrottle {

    static final Duration LONGEST = Duration.ofMinutes(15);
    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

    private record Failures(int count, Instant last) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final int freeFailures;
    private final Clock clock;

    SignInThrottle(@Value("${ledger.sign-in.free-failures:5}") int freeFailures, Clock clock) {
        this.freeFailures = freeFailures;
        this.clock = clock;
    }

    /** How long this attempt must still wait, if it must. */
    Optional<Duration> wait(String account, String address) {
        Instant now = clock.instant();
        Duration longest = Duration.ZERO;
        for (String key : new String[]{accountKey(account), addressKey(address)}) {
            Failures f = key == null ? null : failures.get(key);
            if (f == null) {
                continue;
            }
            int free = key.startsWith("address:") ? freeFailures * 4 : freeFailures;
            if (f.count() >= free) {
                Duration delay = delay(f.count() - free);
                Duration left = Duration.between(now, f.last().plus(delay));
                if (left.compareTo(longest) > 0) {
                    longest = left;
                }
            }
        }
        return longest.isZero() || longest.isNegative() ? Optional.empty() : Optional.of(longest);
    }

    static Duration delay(int beyondFree) {
        Duration doubled = Duration.ofSeconds(1L << Math.min(beyondFree, 10)); // 2^10 s is past the longest already
        return doubled.compareTo(LONGEST) > 0 ? LONGEST : doubled;
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String account = event.getAuthentication().getName();
        String address = address(event.getAuthentication().getDetails());
        Instant now = clock.instant();
        for (String key : new String[]{accountKey(account), addressKey(address)}) {
            if (key != null) {
                failures.compute(key, (k, f) -> f == null || (k.startsWith("address:")
                        && f.last().plus(LONGEST).isBefore(now)) ? new Failures(1, now)
                        : new Failures(f.count() + 1, now));
            }
        }
        Failures f = failures.get(accountKey(account));
        if (f != null && f.count() >= freeFailures) {
            log.warn("Sign-in failed {} times in a row for account '{}' (last from {}): further attempts are slowed",
                    f.count(), account, address);
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        String key = accountKey(event.getAuthentication().getName());
        if (key != null) {
            failures.remove(key);
        }
    }

    /** How many failures in a row are counted against a client address (what the tests read). */
    int failuresFrom(String address) {
        Failures f = failures.get(addressKey(address));
        return f == null ? 0 : f.count();
    }

    private static String address(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }

    private static String accountKey(String account) {
        return account == null || account.isBlank() ? null : "account:" + account;
    }

    private static String addressKey(String address) {
        return address == null ? null : "address:" + address;
    }
}
