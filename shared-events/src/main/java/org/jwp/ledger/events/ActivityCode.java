package org.jwp.ledger.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.regex.Pattern;

/** A programme activity code such as {@code C3}: a theme letter and a number. Whether it exists is the catalogue's business. */
public record ActivityCode(String value) implements Comparable<ActivityCode> {

    private static final Pattern SHAPE = Pattern.compile("[A-Z][1-9][0-9]?");

    public ActivityCode {
        Objects.requireNonNull(value, "activity code");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("not an activity code: " + value);
        }
    }

    @JsonCreator
    public static ActivityCode of(String value) {
        return new ActivityCode(value);
    }

    public String theme() {
        return value.substring(0, 1);
    }

    public int number() {
        return Integer.parseInt(value.substring(1));
    }

    @Override
    public int compareTo(ActivityCode other) {
        int byTheme = theme().compareTo(other.theme());
        return byTheme != 0 ? byTheme : Integer.compare(number(), other.number());
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
