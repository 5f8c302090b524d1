package org.jwp.ledger.node.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StaffDirectoryTest {

    private static final PasswordEncoder ENCODER = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private static final String HASH = new BCryptPasswordEncoder(4).encode("a long staff password");
    private static final String TOKEN_HASH = TokenHash.of("a-token-for-the-report-robot");

    private static StaffUser officer(String name, String hash, Set<Role> roles, String token) {
        return new StaffUser(name, hash, roles, token);
    }

    @Test
    void configuredStaffSignInWithTheirRolesAndTokens() {
        StaffDirectory d = StaffDirectory.of(List.of(officer("ana.lopez", HASH, Set.of(Role.RECORDER, Role.AUDITOR),
                TOKEN_HASH)), false, ENCODER);
        assertThat(d.loadUserByUsername("ana.lopez").getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_RECORDER", "ROLE_AUDITOR");
        assertThat(ENCODER.matches("a long staff password", d.loadUserByUsername("ana.lopez").getPassword()))
                .isTrue();
        assertThat(d.byTokenHash(TOKEN_HASH)).hasValueSatisfying(u -> assertThat(u.getUsername())
                .isEqualTo("ana.lopez"));
        assertThat(d.byTokenHash(TokenHash.of("another"))).isEmpty();
    }

    @Test
    void noStaffAtAllIsRefusedOutsideTheDemoProfile() {
        assertThatThrownBy(() -> StaffDirectory.of(List.of(), false, ENCODER))
                .hasMessageContaining("no staff users are configured");
    }

    @Test
    void theDemoProfileBringsItsFourAccountsWithTheirNamesAsPasswords() {
        StaffDirectory d = StaffDirectory.of(List.of(), true, ENCODER);
        assertThat(d.names()).containsExactlyInAnyOrder("recorder", "auditor", "admin", "approver");
        assertThat(ENCODER.matches("auditor", d.loadUserByUsername("auditor").getPassword())).isTrue();
        assertThat(d.loadUserByUsername("admin").getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_ADMIN");
        assertThat(d.loadUserByUsername("approver").getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_APPROVER");
    }

    @Test
    void aDemoPasswordIsRefusedOutsideTheDemoProfileWhateverTheAccountsName() {
        String demoHash = new BCryptPasswordEncoder(4).encode("recorder");
        assertThatThrownBy(() -> StaffDirectory.of(List.of(officer("chief", demoHash, Set.of(Role.ADMIN), null)),
                false, ENCODER)).hasMessageContaining("user 'chief' has the demo password 'recorder'");
    }

    @Test
    void everyMalformedAccountIsNamedAtOnce() {
        assertThatThrownBy(() -> StaffDirectory.of(List.of(
                officer("ana lopez", HASH, Set.of(Role.RECORDER), null),
                officer("bo", "plain-text-password", Set.of(Role.RECORDER), null),
                officer("cy", HASH, Set.of(), null),
                officer("di", HASH, Set.of(Role.AUDITOR), "not-hex"),
                officer("cy", HASH, Set.of(Role.AUDITOR), null)), false, ENCODER))
                .hasMessageContaining("user 'ana lopez': a name is")
                .hasMessageContaining("user 'bo': password-hash must be a BCrypt hash")
                .hasMessageContaining("user 'cy': roles must name at least one")
                .hasMessageContaining("user 'di': token-sha256 must be")
                .hasMessageContaining("user 'cy' is configured twice");
    }

    @Test
    void twoAccountsMayNotShareAToken() {
        assertThatThrownBy(() -> StaffDirectory.of(List.of(officer("a", HASH, Set.of(Role.RECORDER), TOKEN_HASH),
                officer("b", HASH, Set.of(Role.RECORDER), TOKEN_HASH)), false, ENCODER))
                .hasMessageContaining("user 'b': token-sha256");
    }
}
