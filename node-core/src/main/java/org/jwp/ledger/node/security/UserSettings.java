package org.jwp.ledger.node.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.util.List;

/**
 * Where staff accounts come from: indexed properties ({@code LEDGER_USERS_0_NAME}, {@code LEDGER_USERS_0_PASSWORD_HASH},
 * {@code LEDGER_USERS_0_ROLES}, {@code LEDGER_USERS_0_TOKEN_SHA256}) and/or a users file ({@code LEDGER_USERS_FILE},
 * see {@link UsersFile}).
 */
@ConfigurationProperties(prefix = "ledger")
public record UserSettings(List<StaffUser> users, Path usersFile) {

    public UserSettings {
        users = users == null ? List.of() : List.copyOf(users);
    }
}
