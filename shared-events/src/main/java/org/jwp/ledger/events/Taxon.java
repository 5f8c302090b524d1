package org.jwp.ledger.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A taxon as written in a proposal or result, e.g. {@code Carcharhinus longimanus} or {@code Saiga spp.}. */
public record Taxon(String name) {

    public static final int MAX_LENGTH = 200;

    public Taxon {
        name = Text.required("taxon", name, MAX_LENGTH);
    }

    @JsonCreator
    public static Taxon of(String name) {
        return new Taxon(name);
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
