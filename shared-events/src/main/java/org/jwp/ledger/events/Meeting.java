package org.jwp.ledger.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A meeting as the secretariats name it: {@code CITES CoP20}, {@code CMS COP15}, {@code IPBES-11}. */
public record Meeting(String name) {

    public static final int MAX_LENGTH = 200;

    public Meeting {
        name = Text.required("meeting", name, MAX_LENGTH);
    }

    @JsonCreator
    public static Meeting of(String name) {
        return new Meeting(name);
    }

    @JsonValue
    @Override
    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }
}
