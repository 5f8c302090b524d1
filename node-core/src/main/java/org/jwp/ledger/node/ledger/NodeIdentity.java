package org.jwp.ledger.node.ledger;

import org.jwp.ledger.events.Secretariat;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Which secretariat this node records for ({@code LEDGER_SECRETARIAT}, fixed by the cites-node and cms-node
 * packaging) and where it keeps its own files ({@code LEDGER_DATA_DIR}).
 */
@ConfigurationProperties(prefix = "ledger")
public record NodeIdentity(Secretariat secretariat, Path dataDir) {

    public NodeIdentity {
        Objects.requireNonNull(secretariat, "ledger.secretariat (LEDGER_SECRETARIAT) must be CITES or CMS");
        if (dataDir == null) {
            dataDir = Path.of(".data", secretariat.name().toLowerCase());
        }
    }

    public boolean owns(String aggregateId) {
        return Secretariat.ownerOf(aggregateId) == secretariat;
    }

    /** The one other secretariat; nodes for more secretariats would replace this with the configured peers. */
    public Secretariat other() {
        return secretariat == Secretariat.CITES ? Secretariat.CMS : Secretariat.CITES;
    }
}
