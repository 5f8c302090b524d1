package org.jwp.ledger.node.support;

import org.jwp.ledger.node.security.TokenHash;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The staff accounts every test node knows, written once per test run as a users file. Each password is
 * {@code "pw-" + name}; hashes use BCrypt's lowest cost so that signing in stays cheap in tests.
 */
public final class TestUsers {

    /** An API client's bearer token, held by the recorder "api-client". */
    public static final String API_TOKEN = "api-client-token-0123456789abcdef";
    /** An auditing client's bearer token, held by the auditor "report-robot". */
    public static final String AUDIT_TOKEN = "report-robot-token-0123456789abcdef";

    private static final Map<String, String> ROLES = new LinkedHashMap<>();
    private static Path file;

    static {
        for (String recorder : new String[]{"officer", "tester", "alice", "bob", "x", "cites-officer",
                "cms-officer", "smoke", "api-client", "guessed", "form-guessed"}) {
            ROLES.put(recorder, "RECORDER");
        }
        for (int w = 0; w < 16; w++) {
            ROLES.put("writer-" + w, "RECORDER");
        }
        ROLES.put("auditor", "AUDITOR");
        ROLES.put("admin", "ADMIN");
        ROLES.put("report-robot", "AUDITOR");
    }

    private TestUsers() {
    }

    public static String password(String name) {
        if (!ROLES.containsKey(name)) {
            throw new IllegalArgumentException("no test account " + name + "; add it to TestUsers");
        }
        return "pw-" + name;
    }

    public static synchronized Path file() {
        if (file == null) {
            BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
            String lines = ROLES.entrySet().stream().map(e -> e.getKey() + ":" + bcrypt.encode(password(e.getKey()))
                    + ":" + e.getValue() + token(e.getKey()))
                    .collect(Collectors.joining("\n", "# test accounts\n", "\n"));
            try {
                file = Files.createTempFile("ledger-test-users", ".txt");
                Files.writeString(file, lines);
                file.toFile().deleteOnExit();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return file;
    }

    private static String token(String name) {
        return switch (name) {
            case "api-client" -> ":" + TokenHash.of(API_TOKEN);
            case "report-robot" -> ":" + TokenHash.of(AUDIT_TOKEN);
            default -> "";
        };
    }
}
