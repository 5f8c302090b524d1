package org.jwp.ledger.node.security;

import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The demo profile's accounts, each with its name as password: fine for {@code ./ledger demo} on one laptop, and
 * refused anywhere else (see {@link StaffDirectory}).
 */
public final class DemoUsers {

    public static final String PROFILE = "demo";

    static final Map<String, Role> ACCOUNTS = Map.of("recorder", Role.RECORDER, "auditor", Role.AUDITOR,
            "admin", Role.ADMIN, "approver", Role.APPROVER);

    private DemoUsers() {
    }

    static List<StaffUser> accounts(PasswordEncoder encoder) {
        return ACCOUNTS.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(a -> new StaffUser(a.getKey(), encoder.encode(a.getKey()), Set.of(a.getValue()), null))
                .toList();
    }

    /** The demo password this hash admits, if any. */
    static java.util.Optional<String> passwordOf(StaffUser user, PasswordEncoder encoder) {
        return ACCOUNTS.keySet().stream().sorted().filter(p -> encoder.matches(p, user.encodedPassword())).findFirst();
    }
}
