package org.jwp.ledger.node.security;

import org.junit.jupiter.api.Test;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.node.support.RunningNode;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A node outside the demo profile refuses to start with no staff or with a demo password. */
class StaffConfigurationIT {

    @Test
    void aNodeWithNoStaffConfiguredRefusesToStart() throws IOException {
        Path empty = Files.createTempFile("no-users", ".txt");
        assertThatThrownBy(() -> RunningNode.start(Secretariat.CITES, "--ledger.users-file=" + empty))
                .hasStackTraceContaining("no staff users are configured");
    }

    @Test
    void aNodeWithADemoPasswordOutsideTheDemoProfileRefusesToStart() {
        String hash = new BCryptPasswordEncoder(4).encode("auditor");
        assertThatThrownBy(() -> RunningNode.start(Secretariat.CMS, "--ledger.users[0].name=chief",
                "--ledger.users[0].password-hash=" + hash, "--ledger.users[0].roles=AUDITOR,ADMIN"))
                .hasStackTraceContaining("user 'chief' has the demo password 'auditor'");
    }
}
