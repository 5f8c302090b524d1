package org.jwp.ledger.node.ledger;

import org.jwp.ledger.events.Secretariat;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * Which secretariat this node records for ({@code LEDGER_SECRETARIAT}, fixed by the cites-node and cms-node
 * packaging), where it keeps its own files ({@code LEDGER_DATA_DIR}) and, optionally, the Ed25519 key it signs its
 * checkpoints with ({@code LEDGER_SIGNING_KEY_FILE}, PEM PKCS#8; generated into the data directory if unset).
 */
@ConfigurationProperties(prefix = "ledger")
public record NodeIdentity(Secretariat secretariat, Path dataDir, Path signingKeyFile) {

    public NodeIdentity {
        Objects.requireNonNull(secretariat, "ledger.secretariat (LEDGER_SECRETARIAT) must be CITES or CMS");
        if (dataDir == null) {
            dataDir = Path.of(".data", secretariat.name().toLowerCase());
        }
    }

    /** The other secretariat: the one this node's requests go to and its peer's events come from. */
    public Secretariat other() {
        return Arrays.stream(Secretariat.values()).filter(s -> s != secretariat).findFirst().orElseThrow();
    }
}
