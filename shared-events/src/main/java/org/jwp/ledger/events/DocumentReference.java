package org.jwp.ledger.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A document symbol such as {@code CoP18 Doc. 76.1 (Rev. 1)} or {@code UNEP/CMS/COP13/Doc.27.1/Add.2}.
 * Free text with a recognisable shape, not a closed list: both conventions keep inventing symbols.
 */
public record DocumentReference(String value) {

    public static final int MAX_LENGTH = 200;

    public DocumentReference {
        value = Text.required("document reference", value, MAX_LENGTH);
    }

    @JsonCreator
    public static DocumentReference of(String value) {
        return new DocumentReference(value);
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
