package org.jwp.ledger.node.ui;

import java.util.List;

/** One input of a workflow form, named exactly as the API request's field it fills. */
record Field(String name, String label, Kind kind, boolean required, List<String> options, String hint) {

    enum Kind {
        TEXT, TEXTAREA, DATE, NUMBER, SELECT, CHECKBOX,
        /** Several catalogue activity codes (a JSON array). */
        ACTIVITIES,
        /** One entry per line (a JSON array). */
        LINES,
        /** Fixed by the page (e.g. the peer secretariat), shown but not editable. */
        FIXED
    }

    static Field text(String name, String label, boolean required) {
        return new Field(name, label, Kind.TEXT, required, List.of(), null);
    }

    static Field longText(String name, String label, boolean required) {
        return new Field(name, label, Kind.TEXTAREA, required, List.of(), null);
    }

    static Field date(String name, String label, boolean required) {
        return new Field(name, label, Kind.DATE, required, List.of(), null);
    }

    static Field actedOn() {
        return new Field("actedOn", "Date of the action", Kind.DATE, false, List.of(), "leave empty for today");
    }

    static Field choice(String name, String label, boolean required, List<String> options) {
        return new Field(name, label, Kind.SELECT, required, options, null);
    }

    static Field of(String name, String label, Kind kind, boolean required, String hint) {
        return new Field(name, label, kind, required, List.of(), hint);
    }
}
