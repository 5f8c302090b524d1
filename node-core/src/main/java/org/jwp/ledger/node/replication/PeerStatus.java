package org.jwp.ledger.node.replication;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;

/** What this node knows of its replication from one peer. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PeerStatus(String peer, String url, State state, String reason, long cursorSequence,
                         String cursorEventId, Long peerHead, Long eventsBehind, Instant lastContact,
                         Long secondsSinceLastContact, long eventsReceived, String followedBy) {

    /** {@code instance}: the instance of this node holding the claim to follow this peer now (none when lapsed). */
    PeerStatus followedBy(String instance) {
        return new PeerStatus(peer, url, state, reason, cursorSequence, cursorEventId, peerHead, eventsBehind,
                lastContact, secondsSinceLastContact, eventsReceived, instance);
    }

    public enum State {
        /** Started, no answer from the peer yet. */
        STARTING,
        /**
         * Another instance of this node follows this peer (it holds the claim), or this instance is taking the claim;
         * this one takes over when that instance stops renewing it.
         */
        STANDBY,
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
