package org.jwp.ledger.node.ledger;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.jwp.ledger.events.Secretariat;
import org.springframework.stereotype.Component;

/**
 * One writer per stream: a node only dispatches commands to aggregates its own secretariat owns, recorded with its
 * own origin. The event store enforces the same rule again (owner = origin) for anything that slips past.
 */
@Component
class OwnershipInterceptor extends CommandCheck {

    private final NodeIdentity identity;
    private final CommandTargetResolver targets = AnnotationCommandTargetResolver.builder().build();

    OwnershipInterceptor(CommandBus commandBus, NodeIdentity identity) {
        super(commandBus);
        this.identity = identity;
    }

    @Override
    void check(CommandMessage<?> command) {
        String target = targets.resolveTarget(command).getIdentifier();
        Secretariat owner = Secretariat.ownerOf(target);
        if (owner != identity.secretariat()) {
            throw new NotOwner(target, owner, identity.secretariat());
        }
        if (!identity.secretariat().name().equals(command.getMetaData().get(RecordingMetadata.ORIGIN))
                || command.getMetaData().get(RecordingMetadata.RECORDED_BY) == null) {
            throw new IllegalStateException("command " + command.getCommandName()
                    + " was sent without this node's recording metadata; send it through Recorder");
        }
    }
}
