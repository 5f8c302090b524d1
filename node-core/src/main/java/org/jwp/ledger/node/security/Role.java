package org.jwp.ledger.node.security;

/**
 * What a signed-in member of staff may do on their own secretariat's node. A user may hold several roles; none
 * implies another, so an auditor who should also record is given both, visibly.
 */
public enum Role {
    /** Records actions for this node's secretariat. */
    RECORDER,
    /** Reads everything, runs verification, downloads exports and reports; records nothing. */
    AUDITOR,
    /** Replays projections, signs checkpoints on demand, sees keys and peers. */
    ADMIN,
    /** A head of unit: approves a report's content for this secretariat (joint sign-off); reads everything. */
    APPROVER;

    public String authority() {
        return "ROLE_" + name();
    }
}
