package org.jwp.ledger.node.personaldata;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.jwp.ledger.events.PersonalData;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.events.personaldata.PersonalDataErased;
import org.jwp.ledger.node.ledger.CommandRefused;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** One secretariat's erasure of one person: recorded once; asking again is refused. */
@Aggregate
public class PersonalDataErasure {

    @AggregateIdentifier
    private String erasureId;

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ErasePersonalData cmd) {
        if (erasureId != null) {
            throw new CommandRefused(cmd.subjectId() + " was already erased by "
                    + Secretariat.ownerOf(erasureId), "ERASED");
        }
        if (cmd.subjectId() == null || !PersonalData.SUBJECT_ID.matcher(cmd.subjectId()).matches()) {
            throw new IllegalArgumentException("subjectId must look like CITES-PERSON-<32 hex digits>");
        }
        if (!cmd.erasureId().equals(ErasePersonalData.streamFor(Secretariat.ownerOf(cmd.erasureId()).name(),
                cmd.subjectId()))) {
            throw new IllegalArgumentException(cmd.erasureId() + " is not the erasure stream of " + cmd.subjectId());
        }
        apply(new PersonalDataErased(cmd.erasureId(), cmd.subjectId(), Secretariat.ownerOf(cmd.erasureId()),
                cmd.actedOn()));
    }

    @EventSourcingHandler
    void on(PersonalDataErased e) {
        erasureId = e.erasureId();
    }

    protected PersonalDataErasure() {
        // for Axon: rebuilt from the stream, or created by the first erasure
    }
}
