package org.jwp.ledger.node.consultation;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.jwp.ledger.events.Secretariat;
import org.jwp.ledger.events.consultation.ConsultationCommentSubmitted;
import org.jwp.ledger.events.consultation.ConsultationDeclined;
import org.jwp.ledger.events.consultation.ConsultationRequested;
import org.jwp.ledger.node.consultation.ConsultationCommands.DeclineToComment;
import org.jwp.ledger.node.consultation.ConsultationCommands.SubmitComment;
import org.jwp.ledger.node.correction.CorrectStep;
import org.jwp.ledger.node.ledger.Replies;
import org.jwp.ledger.node.lifecycle.Lifecycle;
import org.jwp.ledger.node.ledger.StreamLookup;


import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The consulted secretariat's side: its comment or its refusal to comment, in a stream it owns and writes itself.
 * Created by whichever answer comes first; a second answer is refused.
 */
@Aggregate
public class ConsultationReply {

    @AggregateIdentifier
    private String replyId;
    private ConsultationStatus answer;

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public ConsultationStatus handle(SubmitComment cmd, StreamLookup streams) {
        Secretariat replier = requireAnswerable("comment", cmd.replyId(), cmd.consultationId(), streams);
        apply(new ConsultationCommentSubmitted(cmd.replyId(), cmd.consultationId(), replier, cmd.position(),
                cmd.text(), cmd.documentRef(), cmd.actedOn()));
        return ConsultationStatus.COMMENTED;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public ConsultationStatus handle(DeclineToComment cmd, StreamLookup streams) {
        Secretariat replier = requireAnswerable("decline-consultation", cmd.replyId(), cmd.consultationId(), streams);
        apply(new ConsultationDeclined(cmd.replyId(), cmd.consultationId(), replier, cmd.reason(), cmd.actedOn()));
        return ConsultationStatus.DECLINED;
    }

    private Secretariat requireAnswerable(String step, String replyId, String consultationId,
                                          StreamLookup streams) {
        ConsultationRequested requested = streams.opening(consultationId, ConsultationRequested.class);
        Secretariat replier = Replies.answering(replyId, consultationId, requested.requestedFrom());
        this.replyId = replyId; // the stream the answer opens is named before its first event is applied
        Replies.require(Lifecycle.CONSULTATION, step, streams.events(consultationId), answer,
                consultationId + " can be answered once, while it is open");
        return replier;
    }

    /** Descriptive fields of one of this stream's steps corrected, with a reason (its status is never corrected). */
    @CommandHandler(commandName = CorrectStep.CONSULTATION_REPLY)
    public void handle(CorrectStep cmd) {
        apply(cmd.accept(ConsultationCommentSubmitted.class, ConsultationDeclined.class));
    }

    /** Each step this stream records leads where its lifecycle says; a correction moves nothing. */
    @EventSourcingHandler
    void on(Object event, DomainEventMessage<?> message) {
        replyId = message.getAggregateIdentifier();
        answer = Lifecycle.CONSULTATION.stepFor(event.getClass()).map(s -> ConsultationStatus.valueOf(s.to()))
                .orElse(answer);
    }

    protected ConsultationReply() {
        // for Axon: created by the first answer, rebuilt from the stream
    }
}
