package org.jwp.ledger.node.personaldata;

/** A person's sealed data as this node can show it now. */
public record Revealed(String subjectId, State state, Person person) {

    public enum State {
        /** The key is here: the person is shown. */
        SHOWN,
        /** The person's data was erased: the key is destroyed on this node. */
        ERASED,
        /** The sealed data came from the peer, whose key for it has not arrived yet. */
        KEY_NOT_RECEIVED
    }

    /** How pages and reports name the person. */
    public String display() {
        return switch (state) {
            case SHOWN -> person.contact() == null || person.contact().isBlank() ? person.name()
                    : person.name() + " (" + person.contact() + ")";
            case ERASED -> "[personal data erased]";
            case KEY_NOT_RECEIVED -> "[personal data not yet readable on this node]";
        };
    }
}
