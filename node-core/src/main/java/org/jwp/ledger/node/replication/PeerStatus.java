package org.jwp.ledger.node.replication;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;

/** What this node knows of its replication from one peer. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PeerStatus(String peer, String url, State state, String reason, long cursorSequence,
                         String cursorEventId, Long peerHead, Long eventsBehind, Instant lastContact,
                         Long secondsSinceLastContact, long eventsReceived) {

    public enum State {
        /** Started, no answer from the peer yet. */
        STARTING,
        /** Reading the peer's feed normally. */
        FOLLOWING,
        /** The peer cannot be reached or answered with an error; trying again with backoff. */
        RETRYING,
        /** The peer sent something this node refuses to store; it no longer follows that peer until restarted. */
        STOPPED,
        /** This node's copy of the peer's chain and the peer's signed checkpoint disagree: someone's history changed. */
        DIVERGED
    }
}
