package org.jwp.ledger.node.security;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UsersFileTest {

    @Test
    void oneAccountPerLineWithCommentsAndBlankLinesIgnored() {
        List<StaffUser> users = UsersFile.parse(List.of("# CMS Secretariat staff", "",
                "ana.lopez:$2a$12$abc:RECORDER,AUDITOR", "report-robot:$2a$12$def:AUDITOR:" + "ab".repeat(32)),
                "users.txt");
        assertThat(users).containsExactly(
                new StaffUser("ana.lopez", "$2a$12$abc", Set.of(Role.RECORDER, Role.AUDITOR), null),
                new StaffUser("report-robot", "$2a$12$def", Set.of(Role.AUDITOR), "ab".repeat(32)));
    }

    @Test
    void aLineOfTheWrongShapeIsNamedByItsNumber() {
        assertThatThrownBy(() -> UsersFile.parse(List.of("# staff", "ana.lopez:RECORDER"), "users.txt"))
                .hasMessageContaining("users.txt line 2: expected name:bcrypt-hash:ROLES");
    }

    @Test
    void anUnknownRoleIsNamed() {
        assertThatThrownBy(() -> UsersFile.parse(List.of("ana:$2a$12$abc:RECORDER,SUPERUSER"), "users.txt"))
                .hasMessageContaining("users.txt line 1: roles must be among [RECORDER, AUDITOR, ADMIN, APPROVER]");
    }
}
