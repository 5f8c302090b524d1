package org.jwp.ledger.node.ledger;

/** This node does not append its own events now (answered 503 with the reason and when to try again). */
public class WritesClosed extends RuntimeException {

    private final WriteGate.State state;

    public WritesClosed(WriteGate.State state, String reason) {
        super(switch (state) {
            case CHECKING -> "this node is comparing its chain with its peers' copies after start; try again shortly";
            case RECOVERING -> "this node is recovering events of its own chain from a peer; try again shortly";
            case UNPROVEN -> "a peer handed back events of this node's chain that no checkpoint it signed covers; "
                    + "an administrator must accept or refuse them (admin page) before this node records again";
            case FAILED -> "this node records nothing until an operator has looked";
            case OPEN -> "this node is open";
        } + (reason == null ? "" : ": " + reason));
        this.state = state;
    }

    public WriteGate.State state() {
        return state;
    }
}
