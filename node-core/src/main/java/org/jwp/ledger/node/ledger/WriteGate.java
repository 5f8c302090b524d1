package org.jwp.ledger.node.ledger;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.springframework.stereotype.Component;

/**
 * Whether this node may append its own events. Closed at start until the node has compared its chain with what its
 * peers hold of it: a node restored from an old backup would otherwise reissue sequence numbers its peers already
 * hold and fork the ledger (docs/operations.md). Every command passes here before it reaches an aggregate.
 */
@Component
public class WriteGate extends CommandCheck {

    public enum State {
        /** Comparing this node's chain with what its peers hold of it. */
        CHECKING,
        /** Fetching this node's own lost events back from a peer. */
        RECOVERING,
        /**
         * A peer handed back events of this node's chain that no checkpoint this node signed covers: none is appended,
         * and nothing else is recorded, until an administrator accepts or refuses them (docs/security.md).
         */
        UNPROVEN,
        /** Writes accepted. */
        OPEN,
        /** The comparison or the recovery failed; someone must look before this node writes again. */
        FAILED
    }

    private volatile State state = State.CHECKING;
    private volatile String reason = "comparing this node's chain with its peers' copies after start";

    WriteGate(CommandBus commandBus) {
        super(commandBus);
    }

    @Override
    void check(CommandMessage<?> command) {
        if (!(state == State.UNPROVEN && command.getPayload() instanceof DecidesUnprovenEvents)) {
            requireOpen();
        }
    }

    /**
     * The only commands that pass while the gate holds unproven events: an administrator's decision on them, which
     * must be recorded before anything else is.
     */
    public interface DecidesUnprovenEvents {
    }

    public void requireOpen() {
        State now = state;
        if (now != State.OPEN) {
            throw new WritesClosed(now, reason);
        }
    }

    public boolean isOpen() {
        return state == State.OPEN;
    }

    public State state() {
        return state;
    }

    /** Why the gate is as it is; for an open gate, anything the opening left unchecked (or null). */
    public String reason() {
        return reason;
    }

    /** Opens writes, unless they FAILED: that state lasts as long as the process (and its alarm, if kept). */
    public synchronized void open(String caveat) {
        if (state == State.FAILED) {
            return;
        }
        reason = caveat;
        state = State.OPEN;
    }

    public synchronized void close(State why, String explanation) {
        if (why == State.OPEN) {
            throw new IllegalArgumentException("close with a closed state");
        }
        if (state == State.FAILED && why != State.FAILED) {
            return; // a later step (a recovery going back to CHECKING) never lifts a failure
        }
        reason = explanation;
        state = why;
    }
}
