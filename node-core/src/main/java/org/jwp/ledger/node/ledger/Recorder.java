package org.jwp.ledger.node.ledger;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Map;

/**
 * The one way a node records something: sends the command with who recorded it, this node's origin and the time.
 * The {@link OwnershipInterceptor} on the command bus refuses any command aimed at a stream this node does not own.
 */
@Component
public class Recorder {

    private final CommandGateway commands;
    private final NodeIdentity identity;
    private final Clock clock;

    Recorder(CommandGateway commands, NodeIdentity identity, Clock clock) {
        this.commands = commands;
        this.identity = identity;
        this.clock = clock;
    }

    public <R> R record(Object command, String recordedBy) {
        return record(command, recordedBy, Assumed.NONE);
    }

    /** As {@link #record(Object, String)}, noting the values the recorder assumed (the event's metadata). */
    public <R> R record(Object command, String recordedBy, Assumed assumed) {
        Map<String, String> values = new java.util.HashMap<>(Map.of(
                RecordingMetadata.ORIGIN, identity.secretariat().name(),
                RecordingMetadata.RECORDED_BY, recordedBy,
                RecordingMetadata.RECORDED_AT, clock.instant().toString()));
        if (assumed.any()) {
            values.put(RecordingMetadata.ASSUMED, assumed.value());
        }
        MetaData meta = MetaData.from(values);
        return commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(meta));
    }
}
