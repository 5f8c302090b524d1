package org.jwp.ledger.node.ledger;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which values of an event its recorder did not know but had to give, because the contract requires them: a date
 * of action nobody wrote down, the year a passage of an old report was about. The recorder says so when recording
 * ({@code Ledger-Assumed} header, docs/api.md); the names travel in the event's metadata ({@code assumed}, covered by
 * its chain hash and replicated with it), and every reader that prints such a value marks it ("date assumed").
 * Pure: the metadata value is the field names, comma-separated.
 */
public record Assumed(Set<String> fields) {

    public static final Assumed NONE = new Assumed(Set.of());

    private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z]{0,39}");

    public Assumed {
        fields = Set.copyOf(fields);
    }

    public static Assumed of(Collection<String> fields) {
        return fields.isEmpty() ? NONE : new Assumed(Set.copyOf(fields));
    }

    /** From the metadata value (null or blank: nothing assumed); a name that is no field name is ignored. */
    public static Assumed parse(String value) {
        if (value == null || value.isBlank()) {
            return NONE;
        }
        Set<String> names = new LinkedHashSet<>();
        for (String name : value.split(",")) {
            String n = name.strip();
            if (NAME.matcher(n).matches()) {
                names.add(n);
            }
        }
        return of(names);
    }

    public static boolean isFieldName(String name) {
        return NAME.matcher(name).matches();
    }

    public boolean any() {
        return !fields.isEmpty();
    }

    public boolean has(String field) {
        return fields.contains(field);
    }

    /** The metadata value: the names in a stable order, so equal notes are equal bytes. */
    public String value() {
        return String.join(",", sorted());
    }

    public List<String> sorted() {
        return fields.stream().sorted().toList();
    }

    /** A date as printed: marked when this event's recorder assumed it. */
    public String date(String field, Object date) {
        return date + (has(field) ? " (date assumed)" : "");
    }

    /** Any other value as printed: marked when assumed. */
    public String value(String field, Object value) {
        return value + (has(field) ? " (assumed)" : "");
    }

    /**
     * This event's marks once a later one (a correction) gives some values anew: those are stated now, unless the
     * later one's recorder assumed them too.
     */
    public Assumed replacing(Collection<String> given, Assumed later) {
        Set<String> now = new LinkedHashSet<>(fields);
        now.removeAll(given);
        given.stream().filter(later::has).forEach(now::add);
        return of(now);
    }
}
