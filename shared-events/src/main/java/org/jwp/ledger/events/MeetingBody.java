package org.jwp.ledger.events;

/** Bodies at whose meetings one secretariat may represent the other (JWP 2021-2025, E3). */
public enum MeetingBody {
    /** Liaison Group of the Biodiversity-related Conventions. */
    BLG,
    /** Intergovernmental Science-Policy Platform on Biodiversity and Ecosystem Services. */
    IPBES,
    /** Environment Management Group and its Issue Management Group on Biodiversity (IMG4). */
    EMG_IMG,
    /** Collaborative Partnership on Sustainable Wildlife Management. */
    CPW,
    /** Open-ended Working Group on the post-2020 Global Biodiversity Framework. */
    GBF_OEWG,
    OTHER;

    /** How people name the body, in pages and reports ("EMG/IMG"); the constant stays in the contract. */
    public String label() {
        return switch (this) {
            case EMG_IMG -> "EMG/IMG";
            case GBF_OEWG -> "post-2020 framework OEWG";
            case OTHER -> "other body";
            default -> name();
        };
    }
}
