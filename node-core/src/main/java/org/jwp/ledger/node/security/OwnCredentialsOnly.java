package org.jwp.ledger.node.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Arrays;

/**
 * A request that carries its own credentials ({@code Authorization}) is judged on them alone: the session its cookie
 * names is hidden from it (docs/security.md, finding 5). It needs no CSRF token because no cookie can carry it; without
 * this, a session cookie plus any {@code Authorization} header (even {@code Foo bar}, or Basic with the session
 * user's name and a wrong password, which Spring's Basic filter does not check against a live session) recorded an
 * event as the session's user without the CSRF check.
 */
final class OwnCredentialsOnly extends OncePerRequestFilter {

    private final String sessionCookie;

    /** {@code sessionCookie}: the name of the session cookie ({@code server.servlet.session.cookie.name}). */
    OwnCredentialsOnly(String sessionCookie) {
        this.sessionCookie = sessionCookie;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request.getHeader(HttpHeaders.AUTHORIZATION) == null ? request : new WithoutSession(request),
                response);
    }

    private final class WithoutSession extends HttpServletRequestWrapper {

        WithoutSession(HttpServletRequest request) {
            super(request);
        }

        @Override
        public HttpSession getSession(boolean create) {
            return create ? super.getSession(true) : null;
        }

        @Override
        public HttpSession getSession() {
            return getSession(true);
        }

        @Override
        public String getRequestedSessionId() {
            return null;
        }

        @Override
        public boolean isRequestedSessionIdValid() {
            return false;
        }

        @Override
        public Cookie[] getCookies() {
            Cookie[] cookies = super.getCookies();
            return cookies == null ? null : Arrays.stream(cookies)
                    .filter(c -> !c.getName().equalsIgnoreCase(sessionCookie)).toArray(Cookie[]::new);
        }
    }
}
