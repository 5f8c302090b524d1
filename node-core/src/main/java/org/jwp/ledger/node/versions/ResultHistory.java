package org.jwp.ledger.node.versions;

import org.jwp.ledger.events.progress.ActivityResultRecorded;
import org.jwp.ledger.node.ledger.ContractKnowledge;
import org.jwp.ledger.node.ledger.LedgerStore;
import org.jwp.ledger.node.ledger.RecordingMetadata;
import org.jwp.ledger.node.ledger.UnknownItem;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * A result's versions, read from its own stream (not from a projection, so an answer never lags a correction just
 * made): for the API and for the result's page alike.
 */
@Component
public class ResultHistory {

    private final LedgerStore store;
    private final ContractKnowledge contracts;

    ResultHistory(LedgerStore store, ContractKnowledge contracts) {
        this.store = store;
        this.contracts = contracts;
    }

    /** The result's current version and every earlier one; {@link UnknownItem} (404) if there is no such result. */
    public ResultVersions.View of(String id) {
        List<ResultVersions.Step> steps = store.stream(id).stream()
                .flatMap(e -> contracts.read(e.payloadType(), e.payloadRevision(), e.payload())
                        .map(event -> new ResultVersions.Step(event, RecordingMetadata.recordedBy(e), e.timestamp(),
                                RecordingMetadata.assumed(e.metadata())))
                        .stream())
                .toList();
        if (steps.stream().noneMatch(s -> s.event() instanceof ActivityResultRecorded)) {
            throw new UnknownItem(id);
        }
        return ResultVersions.fold(steps);
    }
}
