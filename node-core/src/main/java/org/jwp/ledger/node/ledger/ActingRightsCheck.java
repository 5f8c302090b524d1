package org.jwp.ledger.node.ledger;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Before any read model handles an event: its origin may act on everything it names ({@link ActingRights}). Events
 * from a peer are checked on receipt; this holds every reader to the same rule for events that reached the store
 * another way (stored before that check, or written into the database directly). A refused event is not skipped:
 * the processor stops on it and retries (the error handler propagates), and the log says why.
 */
public class ActingRightsCheck implements MessageHandlerInterceptor<EventMessage<?>> {

    private final ActingRights rights;

    public ActingRightsCheck(ActingRights rights) {
        this.rights = rights;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        EventMessage<?> event = unitOfWork.getMessage();
        if (event instanceof DomainEventMessage<?> domain && domain.getAggregateIdentifier() != null) {
            Object payload = event.getPayload();
            rights.refusal(event.getMetaData().get(RecordingMetadata.ORIGIN), domain.getAggregateIdentifier(),
                    payload).ifPresent(why -> {
                        throw new ForbiddenEvent("event " + event.getIdentifier() + " is not acted on: "
                                + why);
                    });
        }
        return chain.proceed();
    }
}
