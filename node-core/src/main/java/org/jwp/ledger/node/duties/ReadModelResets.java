package org.jwp.ledger.node.duties;

import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Collection;
import java.util.List;

/**
 * Resets read models (to be rebuilt from the first event) on whichever instance of the node can. Axon resets a
 * processor's tokens only where it can claim every one of its segments; when another instance holds them, the
 * reset is left in {@code read_model_reset} and that instance does it at its next look, once per lease.
 */
@Component
public class ReadModelResets {

    /** Where a reset was done. */
    public enum Outcome { HERE, LEFT_FOR_THE_HOLDER }

    private static final Logger log = LoggerFactory.getLogger(ReadModelResets.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate own;

    ReadModelResets(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        // A reset refused for want of the claims rolls back its own transaction, never the caller's.
        this.own = new TransactionTemplate(transactions);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public Outcome reset(TrackingEventProcessor processor) {
        if (resetHere(processor)) {
            return Outcome.HERE;
        }
        jdbc.update("insert into read_model_reset (processor_name) values (?) on conflict do nothing",
                processor.getName());
        log.info("The read model {} is processed by another instance: its reset is left for that instance",
                processor.getName());
        return Outcome.LEFT_FOR_THE_HOLDER;
    }

    /** The resets left for whichever instance holds the claims: done here when this instance can. */
    void doWhatIsLeft(Collection<TrackingEventProcessor> processors) {
        List<String> left = jdbc.queryForList("select processor_name from read_model_reset", String.class);
        for (TrackingEventProcessor p : processors) {
            if (left.contains(p.getName()) && !p.processingStatus().isEmpty() && resetHere(p)) {
                jdbc.update("delete from read_model_reset where processor_name = ?", p.getName());
                log.info("Reset the read model {}, as asked of another instance", p.getName());
            }
        }
    }

    private boolean resetHere(TrackingEventProcessor processor) {
        processor.shutDown();
        try {
            own.executeWithoutResult(status -> processor.resetTokens());
            return true;
        } catch (UnableToClaimTokenException heldElsewhere) {
            return false;
        } finally {
            processor.start();
        }
    }
}
