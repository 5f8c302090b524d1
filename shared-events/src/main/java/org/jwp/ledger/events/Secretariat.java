package org.jwp.ledger.events;

/** The two treaty secretariats that keep this ledger; each owns the streams whose identifiers start with its name. */
public enum Secretariat {
    CITES,
    CMS;

    /** The secretariat that owns an aggregate: identifiers start with the owner, e.g. {@code CITES-CONS-2025-0007}. */
    public static Secretariat ownerOf(String aggregateId) {
        if (aggregateId != null) {
            int dash = aggregateId.indexOf('-');
            if (dash > 0) {
                String prefix = aggregateId.substring(0, dash);
                for (Secretariat s : values()) {
                    if (s.name().equals(prefix)) {
                        return s;
                    }
                }
            }
        }
        throw new IllegalArgumentException("identifier does not start with a secretariat: " + aggregateId);
    }
}
