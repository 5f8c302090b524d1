package org.jwp.ledger.node.security;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The staff who may sign in to this node. Built once at start-up, and refusing to be built (so the node refuses to
 * start) from a configuration no one should run: no users at all, a malformed account, or a demo password outside
 * the demo profile.
 */
public final class StaffDirectory implements UserDetailsService {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@-]{1,100}");
    private static final Pattern BCRYPT = Pattern.compile("(\\{bcrypt})?\\$2[aby]?\\$\\d\\d\\$[./A-Za-z0-9]{53}");
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    private final Map<String, StaffUser> byName = new HashMap<>();
    private final Map<String, StaffUser> byToken = new HashMap<>();

    private StaffDirectory(List<StaffUser> users) {
        users.forEach(u -> byName.put(u.name(), u));
        users.stream().filter(u -> u.tokenSha256() != null).forEach(u -> byToken.put(u.tokenSha256(), u));
    }

    /** The directory for these configured accounts; in the demo profile the demo accounts join them. */
    public static StaffDirectory of(List<StaffUser> configured, boolean demoProfile, PasswordEncoder encoder) {
        List<StaffUser> users = new ArrayList<>(configured);
        List<String> problems = new ArrayList<>();
        if (demoProfile) {
            users.addAll(DemoUsers.accounts(encoder));
        } else if (users.isEmpty()) {
            problems.add("no staff users are configured: set LEDGER_USERS_FILE or LEDGER_USERS_0_NAME, "
                    + "LEDGER_USERS_0_PASSWORD_HASH and LEDGER_USERS_0_ROLES (see the README); only the demo "
                    + "profile comes with accounts");
        }
        Set<String> names = new HashSet<>();
        Set<String> tokens = new HashSet<>();
        for (StaffUser u : users) {
            String who = "user '" + u.name() + "'";
            if (u.name() == null || !NAME.matcher(u.name()).matches()) {
                problems.add(who + ": a name is 1-100 letters, digits or . _ @ -");
            } else if (!names.add(u.name())) {
                problems.add(who + " is configured twice");
            }
            if (u.passwordHash() == null || !BCRYPT.matcher(u.passwordHash()).matches()) {
                problems.add(who + ": password-hash must be a BCrypt hash (./ledger hash-password makes one)");
            } else if (!demoProfile) {
                DemoUsers.passwordOf(u, encoder).ifPresent(p -> problems.add(who + " has the demo password '" + p
                        + "'; demo passwords are refused outside the demo profile"));
            }
            if (u.roles().isEmpty()) {
                problems.add(who + ": roles must name at least one of " + List.of(Role.values()));
            }
            if (u.tokenSha256() != null && (!SHA256_HEX.matcher(u.tokenSha256()).matches()
                    || !tokens.add(u.tokenSha256()))) {
                problems.add(who + ": token-sha256 must be the 64-hex-digit SHA-256 of a token no one else has");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("refusing to start with this staff configuration:\n  - "
                    + String.join("\n  - ", problems));
        }
        return new StaffDirectory(users);
    }

    @Override
    public UserDetails loadUserByUsername(String name) {
        StaffUser u = byName.get(name);
        if (u == null) {
            throw new UsernameNotFoundException("no such user");
        }
        return details(u);
    }

    /** The user holding the bearer token with this SHA-256, if any. */
    Optional<UserDetails> byTokenHash(String sha256Hex) {
        return Optional.ofNullable(byToken.get(sha256Hex)).map(StaffDirectory::details);
    }

    public Set<String> names() {
        return Set.copyOf(byName.keySet());
    }

    private static UserDetails details(StaffUser u) {
        return User.withUsername(u.name()).password(u.encodedPassword())
                .authorities(u.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList())
                .build();
    }
}
