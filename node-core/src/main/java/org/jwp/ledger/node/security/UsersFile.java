package org.jwp.ledger.node.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The users file: one account per line, {@code name:bcrypt-hash:ROLE[,ROLE...][:token-sha256]}; blank lines and
 * lines starting with {@code #} are ignored. Made with {@code ./ledger hash-password} and {@code ./ledger new-token}.
 */
public final class UsersFile {

    private UsersFile() {
    }

    public static List<StaffUser> parse(List<String> lines, String source) {
        List<StaffUser> users = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split(":", -1);
            if (parts.length < 3 || parts.length > 4) {
                throw new IllegalArgumentException(source + " line " + (i + 1)
                        + ": expected name:bcrypt-hash:ROLES[:token-sha256], found " + parts.length + " fields");
            }
            users.add(new StaffUser(parts[0].strip(), parts[1].strip(), roles(parts[2], source, i + 1),
                    parts.length == 4 ? parts[3] : null));
        }
        return users;
    }

    private static Set<Role> roles(String text, String source, int line) {
        try {
            return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .map(Role::valueOf).collect(Collectors.toSet());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + " line " + line + ": roles must be among "
                    + Arrays.toString(Role.values()) + ", found '" + text + "'");
        }
    }
}
