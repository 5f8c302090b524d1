package org.jwp.ledger.node.ledger;

import org.jwp.ledger.events.ContractUpcasts;
import org.jwp.ledger.events.EventContracts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which stored events this build can read: a contract type it knows, in its current revision or an earlier one it
 * can upcast. Anything else was written by a newer build of the other secretariat's node and is held unread
 * ({@link HeldEvents}).
 *
 * <p>{@code ledger.contracts.withheld} (e.g. {@code ActivityResultRecorded#2}) makes the node treat revisions as
 * unknown, as the build before them would: for rehearsing an upgrade between two nodes (docs/contracts.md), never
 * for production.
 */
@Component
public class ContractKnowledge {

    private final Set<String> withheld;

    public ContractKnowledge(@Value("${ledger.contracts.withheld:}") String withheld) {
        this.withheld = Arrays.stream(withheld.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    public boolean readable(String typeName, String revision) {
        return !withheld.contains(EventContracts.shortName(typeName) + "#" + revision)
                && ContractUpcasts.readable(typeName, revision);
    }

    /** The event as this build's contract, or empty if it cannot read it yet. */
    public Optional<Object> read(String typeName, String revision, byte[] payload) {
        return readable(typeName, revision) ? Optional.of(EventContracts.read(typeName, revision, payload))
                : Optional.empty();
    }
}
