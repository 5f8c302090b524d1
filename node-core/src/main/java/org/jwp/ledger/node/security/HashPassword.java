package org.jwp.ledger.node.security;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Prints the BCrypt hash of a password for a users file or {@code LEDGER_USERS_<i>_PASSWORD_HASH}
 * ({@code ./ledger hash-password}). The password is read from the terminal or standard input, never from the
 * command line, so it stays out of shell history and process lists.
 */
public final class HashPassword {

    private HashPassword() {
    }

    public static void main(String[] args) throws IOException {
        Console console = System.console();
        String password = console != null ? new String(console.readPassword("Password: "))
                : new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (password == null || password.length() < 12) {
            System.err.println("a staff password needs at least 12 characters");
            System.exit(2);
        }
        System.out.println(new BCryptPasswordEncoder(12).encode(password));
    }
}
