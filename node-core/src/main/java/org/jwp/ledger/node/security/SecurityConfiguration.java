package org.jwp.ledger.node.security;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * Who may do what (docs/security.md). The feeds are a chain of their own: they open to a peer's token only, checked
 * by the feed itself, and know nothing of staff accounts. Everything else is staff: pages by form sign-in and session,
 * the API by HTTP Basic or bearer token, each request authorised by role.
 */
@Configuration
@EnableConfigurationProperties(UserSettings.class)
class SecurityConfiguration {

    private static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "script-src 'self'; object-src 'none'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    /** API callers get problem+json; a browser asking for a page is sent to sign in. */
    static final RequestMatcher API = request -> {
        String path = request.getServletPath();
        return path.startsWith("/api/") || path.startsWith("/actuator") || path.startsWith("/v3/api-docs");
    };

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    StaffDirectory staffDirectory(UserSettings settings, Environment environment, PasswordEncoder encoder)
            throws IOException {
        List<StaffUser> users = new ArrayList<>(settings.users());
        if (settings.usersFile() != null) {
            users.addAll(UsersFile.parse(Files.readAllLines(settings.usersFile()), settings.usersFile().toString()));
        }
        return StaffDirectory.of(users, environment.acceptsProfiles(Profiles.of(DemoUsers.PROFILE)), encoder);
    }

    @Bean
    @Order(1)
    SecurityFilterChain feeds(HttpSecurity http) throws Exception {
        return http.securityMatcher("/feeds/**")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .requestCache(c -> c.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain staff(HttpSecurity http, StaffDirectory directory, SignInThrottle throttle,
                              @Value("${server.servlet.session.cookie.name}") String sessionCookie) throws Exception {
        AuthenticationEntryPoint apiEntry = (request, response, e) -> ProblemResponses.unauthenticated(response);
        AccessDeniedHandler pageDenied = pageDenied();
        AccessDeniedHandler apiDenied = (request, response, e) -> {
            if (e instanceof CsrfException && SignedIn.current().isEmpty()) {
                // The CSRF check runs before authorisation; someone with no credentials at all is told so.
                ProblemResponses.unauthenticated(response);
            } else {
                ProblemResponses.forbidden(response, e instanceof CsrfException
                        ? "a write carried by a session cookie needs the session's CSRF token"
                        : "your role does not allow this");
            }
        };
        http.userDetailsService(directory)
                .authorizeHttpRequests(a -> a
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers("/login", "/denied", "/css/**", "/favicon.ico", "/actuator/health",
                                "/actuator/health/**").permitAll()
                        .requestMatchers("/api/admin/**", "/admin/**").hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/api/audit/checkpoints")
                                .hasAnyRole(Role.AUDITOR.name(), Role.ADMIN.name())
                        .requestMatchers("/api/audit/**", "/audit/**").hasRole(Role.AUDITOR.name())
                        .requestMatchers("/actuator/**").hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/api/reports/*/*/approvals")
                                .hasRole(Role.APPROVER.name())
                        .requestMatchers(HttpMethod.POST, "/api/**").hasRole(Role.RECORDER.name())
                        .requestMatchers("/steps/**", "/items/*/steps/**", "/results/*/correction",
                                "/results/*/withdrawal").hasRole(Role.RECORDER.name())
                        .anyRequest().hasAnyRole(Role.RECORDER.name(), Role.AUDITOR.name(), Role.ADMIN.name(),
                                Role.APPROVER.name()))
                .requestCache(c -> c.requestCache(pagesOnly()))
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
                .httpBasic(b -> b.authenticationEntryPoint(apiEntry))
                .addFilterBefore(new OwnCredentialsOnly(sessionCookie), SecurityContextHolderFilter.class)
                .addFilterBefore(new SignInThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new BearerTokenFilter(directory, apiEntry), BasicAuthenticationFilter.class)
                // API clients sending their own credentials carry no cookie an attacker could ride on.
                // A request with its own Basic or bearer credentials rides on no cookie (OwnCredentialsOnly hides the
                // session from it), so it needs no CSRF token; any other Authorization scheme gets no such pass.
                .csrf(c -> c.ignoringRequestMatchers(SecurityConfiguration::ownCredentials))
                .exceptionHandling(e -> e
                        .defaultAuthenticationEntryPointFor(apiEntry, API)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                                r -> true)
                        .defaultAccessDeniedHandlerFor(apiDenied, API)
                        .defaultAccessDeniedHandlerFor(pageDenied, r -> true))
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    private static boolean ownCredentials(jakarta.servlet.http.HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && (header.regionMatches(true, 0, "Basic ", 0, 6)
                || header.regionMatches(true, 0, "Bearer ", 0, 7));
    }

    /** After sign-in a browser returns to the page it asked for; API calls are never saved in a session. */
    private static HttpSessionRequestCache pagesOnly() {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setRequestMatcher(new NegatedRequestMatcher(API));
        return cache;
    }

    private static AccessDeniedHandler pageDenied() {
        AccessDeniedHandlerImpl handler = new AccessDeniedHandlerImpl();
        handler.setErrorPage("/denied");
        return handler;
    }
}
